package com.consort.knowledge;

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
public record Constraints(Map<Facet, Set<String>> byFacet, List<Mention> mentions, boolean includeInactive,
        Map<Facet, Set<String>> excluded) {

    /**
     * @param how how the phrase was read: {@link #WORDS} (a value, synonym or general word), {@link #SPELLING} (one of
     *            those misspelt), {@link #PROFILES} (a word the value's partners use for it in their own descriptions, and
     *            others do not), {@link #SIMILAR} (the semantic fallback: the nearest value by meaning), {@link #NOT}
     *            (the seller excluded the value) or {@link #UNRECORDED} (a place or language that the directory records for
     *            no partner: not a constraint of {@link #byFacet()}, a thing the partners' own words must name)
     */
    public record Mention(Facet facet, String value, String phrase, String how) {
        public Mention(Facet facet, String value, String phrase) {
            this(facet, value, phrase, WORDS);
        }
    }

    public static final String WORDS = "words";
    public static final String SPELLING = "spelling";
    public static final String PROFILES = "profiles";
    public static final String SIMILAR = "similar";
    public static final String NOT = "not";
    public static final String UNRECORDED = "unrecorded";

    public static final Constraints NONE = new Constraints(Map.of(), List.of(), false);

    public Constraints(Map<Facet, Set<String>> byFacet, List<Mention> mentions, boolean includeInactive) {
        this(byFacet, mentions, includeInactive, Map.of());
    }

    public Constraints {
        byFacet = copy(byFacet);
        excluded = copy(excluded);
        mentions = List.copyOf(mentions);
    }

    private static Map<Facet, Set<String>> copy(Map<Facet, Set<String>> byFacet) {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        byFacet.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return byFacet.isEmpty();
    }

    /**
     * These constraints with {@code other}'s facets replacing or adding to them. A value {@code other} excludes ("not
     * financial services", "drop the Member ones") leaves these constraints' values of that facet without it, plus
     * the values {@code other} names in words; only when nothing of the facet was in force does its complement apply.
     */
    public Constraints overriddenBy(Constraints other) {
        Map<Facet, Set<String>> merged = new EnumMap<>(Facet.class);
        merged.putAll(byFacet);
        merged.putAll(other.byFacet);
        other.excluded.forEach((facet, out) -> {
            Set<String> before = byFacet.get(facet);
            if (before != null) {
                Set<String> kept = new LinkedHashSet<>(before);
                kept.removeAll(out);
                other.mentions.stream().filter(m -> m.facet() == facet && !NOT.equals(m.how())).forEach(m -> kept.add(m.value()));
                merged.put(facet, kept);
            }
        });
        List<Mention> mentions = new java.util.ArrayList<>(this.mentions.stream()
                .filter(m -> !other.byFacet.containsKey(m.facet()) && !other.excluded.containsKey(m.facet())).toList());
        mentions.addAll(other.mentions);
        Map<Facet, Set<String>> excludedNow = new EnumMap<>(Facet.class);
        excludedNow.putAll(excluded);
        excludedNow.putAll(other.excluded);
        return new Constraints(merged, mentions, includeInactive || other.includeInactive, excludedNow);
    }

    /** Facets an industry or specialisation stated only in a partner's description can meet ({@link #described()}). */
    public static final Set<Facet> DESCRIBABLE = java.util.EnumSet.of(Facet.INDUSTRY, Facet.SPECIALIZATION);

    /**
     * For the industries and specialisations in force, the seller's words for them, each folded to its stem ("insurer",
     * "car part"), also where the value was read by meaning ("dark web monitoring"): what a partner's own description
     * says when its directory entry leaves the facet empty.
     */
    public Map<Facet, Set<String>> described() {
        Map<Facet, Set<String>> words = new EnumMap<>(Facet.class);
        for (Mention m : mentions) {
            if (DESCRIBABLE.contains(m.facet()) && byFacet.containsKey(m.facet()) && !NOT.equals(m.how())
                    && byFacet.get(m.facet()).contains(m.value())) {
                words.computeIfAbsent(m.facet(), f -> new LinkedHashSet<>()).add(describedForm(m.phrase()));
            }
        }
        return words;
    }

    /** A word as a description is searched for: lower case, a plural's "s" dropped ("insurers" finds "insurer"). */
    public static String describedForm(String phrase) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        return lower.length() > 4 && lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /**
     * These constraints with the industry asked for as the industry of a customer story instead ("which partner did
     * that for a hospital group?": the story of the work says the customer's industry; the partner need not list it).
     */
    public Constraints industryOfStories() {
        Set<String> industries = byFacet.get(Facet.INDUSTRY);
        if (industries == null) {
            return this;
        }
        Map<Facet, Set<String>> moved = new EnumMap<>(byFacet);
        moved.remove(Facet.INDUSTRY);
        Set<String> stories = new LinkedHashSet<>(byFacet.getOrDefault(Facet.CASE_STUDY_INDUSTRY, Set.of()));
        stories.addAll(industries);
        moved.put(Facet.CASE_STUDY_INDUSTRY, stories);
        return new Constraints(moved, mentions, includeInactive, excluded);
    }

    public Constraints without(Facet facet) {
        Map<Facet, Set<String>> fewer = new EnumMap<>(Facet.class);
        fewer.putAll(byFacet);
        fewer.remove(facet);
        return new Constraints(fewer, mentions.stream().filter(m -> m.facet() != facet).toList(), includeInactive, excluded);
    }

    /** As a JSON-friendly map keyed by filter name (countries, languages, ...). */
    public Map<String, Set<String>> asFilters() {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        byFacet.forEach((facet, values) -> filters.put(facet.filterKey(), values));
        return filters;
    }
}
