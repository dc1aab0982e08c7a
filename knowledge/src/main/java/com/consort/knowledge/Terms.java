package com.consort.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tokenises text for keyword search: lower case, accents folded ("Montréal" and "Montreal" are one
 * term, as a seller types either), no stop words, light English suffix stemming.
 */
public final class Terms {

    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do",
            "does", "for", "from", "has", "have", "how", "i", "in", "into", "is", "it", "its", "me", "my", "of", "on",
            "or", "our", "so", "that", "the", "their", "them", "there", "these", "they", "this", "those", "to", "us",
            "was", "we", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "you", "your", "any",
            "all", "some", "one", "ones", "only", "also", "than", "then", "about", "find", "need", "want", "show",
            "give", "tell", "list", "partner", "partners");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Round the clock however it is written: "24/7", "24 x 7", "24X7", "24x7x365" are all the term "24x7". */
    private static final Pattern ROUND_THE_CLOCK = Pattern.compile("\\b(\\d{1,2})\\s*[/x\u00d7]\\s*(\\d{1,2})(?:\\s*[/x\u00d7]\\s*\\d{1,3})?\\b");

    private Terms() {
    }

    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = ROUND_THE_CLOCK.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("$1x$2");
        for (String token : lower.split("[^\\p{L}\\p{N}]+")) {
            if (token.length() > 1 && !STOP.contains(token)) {
                terms.add(stem(token));
            }
        }
        return terms;
    }

    static String stem(String word) {
        if (word.length() <= 3 || Character.isDigit(word.charAt(0))) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ing") && word.length() > 5) {
            return word.substring(0, word.length() - 3);
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("es") && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
