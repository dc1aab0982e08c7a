package com.consort.demodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hard constraints of a seller question in canonical form, and the ground-truth rule: a partner meets
 * a facet when it has ANY of the listed values (a region also by any country inside it), and meets the
 * question when it meets EVERY facet and is active.
 */
final class DemoConstraints {

    static final List<String> FACETS = List.of("types", "tiers", "regions", "countries", "languages", "industries",
            "specializations", "certifications", "integrations", "templates", "caseStudyIndustries");

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    DemoConstraints() {
    }

    DemoConstraints(DemoConstraints other) {
        other.values.forEach((k, v) -> values.put(k, new ArrayList<>(v)));
    }

    DemoConstraints with(String facet, List<String> vals) {
        if (!FACETS.contains(facet)) {
            throw new IllegalArgumentException(facet);
        }
        DemoConstraints c = new DemoConstraints(this);
        c.values.put(facet, new ArrayList<>(vals));
        return c;
    }

    DemoConstraints without(String facet) {
        DemoConstraints c = new DemoConstraints(this);
        c.values.remove(facet);
        return c;
    }

    boolean has(String facet) {
        return values.containsKey(facet);
    }

    List<String> get(String facet) {
        return values.getOrDefault(facet, List.of());
    }

    /** Facets in canonical order. */
    List<String> facets() {
        List<String> out = new ArrayList<>();
        for (String f : FACETS) {
            if (values.containsKey(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** A stable key, to avoid asking the same question twice. */
    String signature() {
        StringBuilder sb = new StringBuilder();
        for (String f : facets()) {
            sb.append(f).append('=').append(values.get(f).stream().sorted().toList()).append(';');
        }
        return sb.toString();
    }

    /** Every facet met, ignoring the partner's status. */
    boolean meetsFacets(DemoPartner p, Map<String, List<String>> caseStudyIndustries) {
        for (String f : facets()) {
            if (!meets(p, f, caseStudyIndustries)) {
                return false;
            }
        }
        return true;
    }

    boolean matches(DemoPartner p, Map<String, List<String>> caseStudyIndustries) {
        return p.active && meetsFacets(p, caseStudyIndustries);
    }

    boolean meets(DemoPartner p, String facet, Map<String, List<String>> caseStudyIndustries) {
        List<String> wanted = values.get(facet);
        for (String w : wanted) {
            boolean ok = switch (facet) {
                case "types" -> p.type.equals(w);
                case "tiers" -> p.tier.equals(w);
                case "regions" -> p.regions.contains(w)
                        || p.countries.stream().anyMatch(c -> Geo.region(w).countries().contains(c));
                case "countries" -> p.countries.contains(w);
                case "languages" -> p.languages.contains(w);
                case "industries" -> p.industries.contains(w);
                case "specializations" -> p.specializations.contains(w);
                case "certifications" -> p.certifications.contains(w);
                case "integrations" -> p.integrations.contains(w);
                case "templates" -> p.templates.contains(w);
                case "caseStudyIndustries" -> caseStudyIndustries.getOrDefault(p.id, List.of()).contains(w);
                default -> throw new IllegalArgumentException(facet);
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** All active partners meeting every facet, best first (tier, satisfaction, id). */
    List<DemoPartner> expected(List<DemoPartner> partners, Map<String, List<String>> caseStudyIndustries) {
        List<DemoPartner> out = new ArrayList<>();
        for (DemoPartner p : partners) {
            if (matches(p, caseStudyIndustries)) {
                out.add(p);
            }
        }
        out.sort(DemoPartner::rankOrder);
        return out;
    }
}
