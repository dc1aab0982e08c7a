package com.consort.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A partner as stored: facet values in canonical form, unknown import columns in {@code extra}. */
public record Partner(String id, String name, String description, String website, boolean active,
        Double satisfaction, Map<Facet, List<String>> facets, Map<String, String> extra) {

    public List<String> values(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    public String type() {
        List<String> type = values(Facet.TYPE);
        return type.isEmpty() ? null : type.get(0);
    }

    public String tier() {
        List<String> tier = values(Facet.TIER);
        return tier.isEmpty() ? null : tier.get(0);
    }

    public boolean hasAny(Facet facet, Set<String> wanted) {
        return values(facet).stream().anyMatch(wanted::contains);
    }
}
