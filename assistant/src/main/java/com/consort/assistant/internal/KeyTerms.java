package com.consort.assistant.internal;

import com.consort.knowledge.ChunkSearch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A programme question's key terms, and whether a passage covers them: else the documents do not answer it. */
public final class KeyTerms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "are", "does", "what", "how", "can", "who",
            "when", "which", "with", "our", "your", "you", "there", "this", "that", "from", "into", "get", "gets", "has",
            "have", "is", "do", "of", "to", "in", "on", "a", "an", "it", "its", "be", "by", "as", "at", "or", "if", "we",
            "i", "me", "my", "much", "many", "long", "any", "partner", "partners", "program", "programme",
            "work", "works", "tell", "about", "please", "should", "would", "will", "need", "want", "know");

    private KeyTerms() {
    }

    public static List<String> of(String question) {
        List<String> terms = new ArrayList<>();
        var m = WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if ((w.length() >= 3 || w.equals("mdf")) && !STOPWORDS.contains(w) && !terms.contains(w)) {
                terms.add(w);
            }
        }
        return terms;
    }

    /**
     * Whether some passage, with the heading it is under, holds at least half of the question's key terms: else the
     * documents do not cover it. A FAQ's answer ("Per product. ...") leaves the question's words to its heading.
     */
    public static boolean covered(List<String> terms, List<ChunkSearch.Hit> hits) {
        int needed = Math.max(1, (int) Math.ceil(terms.size() * 0.5));
        return !terms.isEmpty() && hits.stream().anyMatch(h -> coverage(headed(h), terms) >= needed);
    }

    /** A passage's text after the heading it is under. */
    static String headed(ChunkSearch.Hit hit) {
        return (hit.chunk().locator() == null ? "" : hit.chunk().locator() + "\n") + hit.chunk().text();
    }

    /** How many of the terms the text contains, comparing word stems (the first five letters). */
    static int coverage(String text, List<String> terms) {
        Set<String> stems = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            stems.add(stem(m.group()));
        }
        return (int) terms.stream().filter(t -> stems.contains(stem(t))).count();
    }

    private static String stem(String word) {
        return word.length() > 5 ? word.substring(0, 5) : word;
    }
}
