package com.consort.assistant.internal;

import static com.consort.assistant.internal.Markdown.md;

import com.consort.knowledge.Facet;
import com.consort.knowledge.Partner;
import com.consort.knowledge.Vocabulary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How the answers name what the directory holds: values by their display names, a partner in one line, a filter in words. */
public final class DirectoryWords {

    private final Vocabulary vocabulary;

    DirectoryWords(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A filter key as words: "countries" is "country", "caseStudyIndustries" "case study in". */
    public static String label(String filterKey) {
        return switch (filterKey) {
            case "regions" -> "region";
            case "countries" -> "country";
            case "languages" -> "language";
            case "types" -> "partner type";
            case "tiers" -> "tier";
            case "industries" -> "industry";
            case "specializations" -> "specialisation";
            case "certifications" -> "certification";
            case "integrations" -> "integration";
            case "templates" -> "template";
            case "caseStudyIndustries" -> "case study in";
            case "text" -> "a passage that says";
            default -> filterKey;
        };
    }

    Set<String> display(Facet facet, Set<String> values) {
        Set<String> names = new LinkedHashSet<>();
        values.forEach(v -> names.add(vocabulary.displayName(facet, v)));
        return names;
    }

    /** "Gold Consultancy, Germany, Austria and more". */
    String summary(Partner p) {
        return summary(p.tier(), p.type(), p.values(Facet.COUNTRY));
    }

    String summary(String tier, String type, List<String> countries) {
        List<String> names = countries.stream().limit(3).map(c -> vocabulary.displayName(Facet.COUNTRY, c)).toList();
        String where = names.isEmpty() ? "" : ", " + String.join(", ", names) + (countries.size() > 3 ? " and more" : "");
        return (tier == null ? "" : tier + " ") + (type == null ? "partner" : type) + where;
    }

    /** "Languages: German, French" in Markdown, when the partner has any. */
    void fact(List<String> facts, String label, List<String> values, Facet facet) {
        if (!values.isEmpty()) {
            facts.add(label + ": " + md(String.join(", ", values.stream().map(v -> vocabulary.displayName(facet, v)).toList())));
        }
    }
}
