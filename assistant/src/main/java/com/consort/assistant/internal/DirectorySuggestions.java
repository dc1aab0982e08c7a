package com.consort.assistant.internal;

import com.consort.assistant.Suggestions;
import com.consort.knowledge.Facet;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@link Suggestions} from partner search and the directory's values. */
record DirectorySuggestions(PartnerSearch search, PartnerRepository partners) implements Suggestions {

    @Override
    public Result suggest(String description, int limit) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("Describe what the customer is building");
        }
        var response = search.search(new PartnerSearch.Query(description, Constraints.NONE, limit, RetrievalMode.HYBRID));
        // a description is not a hard filter: with no partner meeting all of it, the nearest ones are suggested
        boolean nearest = response.results().isEmpty();
        List<PartnerSearch.Result> ranked = nearest ? response.alternatives() : response.results();
        String unmet = String.join(", ", response.unmet().stream()
                .map(u -> DirectoryWords.label(u.constraint()) + " " + String.join(" or ", u.values())).toList());
        List<PartnerSuggestion> fits = ranked.stream()
                .map(r -> {
                    List<String> reasons = new ArrayList<>(r.reasons().stream()
                            .filter(reason -> !"boost".equals(reason.criterion())).map(PartnerSearch.Reason::explanation).toList());
                    if (nearest) {
                        reasons.add(0, "Nearest fit: no partner has all of " + unmet);
                    }
                    return new PartnerSuggestion(r.partnerId(), r.name(), reasons);
                })
                .toList();
        Constraints stated = response.understood();
        Map<Facet, Set<String>> known = partners.knownValues();
        return new Result(fits, rank(Facet.TEMPLATE, description, stated, known, ranked, limit),
                rank(Facet.INTEGRATION, description, stated, known, ranked, limit));
    }

    private static List<Suggestion> rank(Facet facet, String description, Constraints stated, Map<Facet, Set<String>> known,
            List<PartnerSearch.Result> fits, int limit) {
        String text = description.toLowerCase(Locale.ROOT);
        Map<String, Double> score = new HashMap<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (String value : stated.byFacet().getOrDefault(facet, Set.of())) {
            score.merge(value, 3.0, Double::sum);
            reasons.computeIfAbsent(value, k -> new ArrayList<>()).add("Named in the description");
        }
        Set<String> descriptionWords = Set.copyOf(List.of(text.split("[^\\p{L}\\p{N}]+")));
        for (String value : known.getOrDefault(facet, Set.of())) {
            List<String> matched = words(value).stream().filter(w -> w.length() > 3 ? text.contains(w)
                    : acronym(value, w) && descriptionWords.contains(w)).toList();
            if (!matched.isEmpty() && !reasons.containsKey(value)) {
                score.merge(value, matched.size() * 1.0, Double::sum);
                reasons.computeIfAbsent(value, k -> new ArrayList<>()).add("Matches \"" + String.join(" ", matched)
                        + "\" in the description");
            }
        }
        Map<String, Integer> offeredBy = new HashMap<>();
        fits.forEach(f -> f.partner().values(facet).forEach(v -> offeredBy.merge(v, 1, Integer::sum)));
        offeredBy.forEach((value, count) -> {
            if (count >= 2 || score.containsKey(value)) {
                score.merge(value, count * 0.5, Double::sum);
                reasons.computeIfAbsent(value, k -> new ArrayList<>()).add((facet == Facet.TEMPLATE ? "Offered" : "Built")
                        + " by " + count + " of the suggested partners");
            }
        });
        return score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new Suggestion(e.getKey(), reasons.get(e.getKey()))).toList();
    }

    /** A short word the value writes in capitals ("SAP" in "SAP S/4HANA"): distinctive, unlike "for" or "the". */
    private static boolean acronym(String value, String word) {
        return word.length() >= 2 && value.matches("(?s).*\\b" + java.util.regex.Pattern.quote(word.toUpperCase(Locale.ROOT)) + "\\b.*");
    }

    private static List<String> words(String value) {
        return List.of(value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }
}
