package com.consort.knowledge.search;

import com.consort.knowledge.partner.Facet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hard constraints on partners: for each facet, the partner must have at least one of the values.
 *
 * @param mentions the phrase in the question behind each constraint, for explaining what was understood
 */
public record Constraints(Map<Facet, Set<String>> byFacet, List<Mention> mentions, boolean includeInactive) {

    public record Mention(Facet facet, String value, String phrase) {
    }

    public static final Constraints NONE = new Constraints(Map.of(), List.of(), false);

    public Constraints {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        byFacet.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        byFacet = Collections.unmodifiableMap(copy);
        mentions = List.copyOf(mentions);
    }

    public boolean isEmpty() {
        return byFacet.isEmpty();
    }

    /** These constraints with {@code other}'s facets replacing or adding to them. */
    public Constraints overriddenBy(Constraints other) {
        Map<Facet, Set<String>> merged = new EnumMap<>(Facet.class);
        merged.putAll(byFacet);
        merged.putAll(other.byFacet);
        List<Mention> mentions = new java.util.ArrayList<>(this.mentions.stream()
                .filter(m -> !other.byFacet.containsKey(m.facet())).toList());
        mentions.addAll(other.mentions);
        return new Constraints(merged, mentions, includeInactive || other.includeInactive);
    }

    public Constraints without(Facet facet) {
        Map<Facet, Set<String>> fewer = new EnumMap<>(Facet.class);
        fewer.putAll(byFacet);
        fewer.remove(facet);
        return new Constraints(fewer, mentions.stream().filter(m -> m.facet() != facet).toList(), includeInactive);
    }

    /** As a JSON-friendly map keyed by filter name (countries, languages, ...). */
    public Map<String, Set<String>> asFilters() {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        byFacet.forEach((facet, values) -> filters.put(facet.filterKey(), values));
        return filters;
    }
}
