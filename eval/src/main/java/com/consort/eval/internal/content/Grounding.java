package com.consort.eval.internal.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the claims of a draft come from its source story: every number (with its unit sign) and
 * every quotation must appear in the source, the latter word for word.
 */
final class Grounding {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d[\\d,]*(?:\\.\\d+)?\\s?%?");
    private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]{12,}?)[”\"]");
    private static final Pattern UNESCAPED_AMP = Pattern.compile("&(?!(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});)");
    private static final Pattern ACTIVE = Pattern.compile(
            "(?i)<\\s*(script|iframe|object|embed|base)\\b|<\\s*meta[^>]*http-equiv|\\son\\w+\\s*=|javascript:");
    private static final Pattern TAG_LIKE = Pattern.compile("<\\s*/?\\s*[a-zA-Z!]");

    private Grounding() {
    }

    /** Claims of the draft text not found in the source; numbers also allowed when they are in {@code allowed}. */
    static List<String> ungrounded(String draft, String source, List<String> allowed) {
        String src = normalise(source);
        String extra = normalise(String.join(" ", allowed));
        Set<String> problems = new LinkedHashSet<>();
        Matcher n = NUMBER.matcher(draft);
        while (n.find()) {
            String number = n.group().replace(",", "").replace(" ", "").strip();
            String digits = number.replace("%", "");
            if (digits.length() == 1 && !number.endsWith("%")) {
                continue; // "1 platform", list markers: single digits are not claims
            }
            if (!numberIn(number, src) && !numberIn(number, extra)) {
                problems.add("number " + n.group().strip() + " is not in the source");
            }
        }
        Matcher q = QUOTE.matcher(draft);
        while (q.find()) {
            // a quotation may end its sentence differently from the source ("happens." for "happens,")
            String quote = normalise(q.group(1)).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
            if (quote.split(" ").length >= 4 && !src.contains(quote)) {
                problems.add("quote \"" + q.group(1) + "\" is not in the source");
            }
        }
        return new ArrayList<>(problems);
    }

    private static boolean numberIn(String number, String text) {
        // "36%" must be in the source as 36% or "36 percent"; a bare number as a whole number
        String digits = number.replace("%", "");
        Pattern p = Pattern.compile("(?<![\\d.])" + Pattern.quote(digits) + "(?![\\d]|\\.\\d)" + (number.endsWith("%") ? "\\s?(%|percent)" : ""));
        return p.matcher(text).find();
    }

    static String normalise(String text) {
        return text.replace(",", "").replace('’', '\'').replace('“', '"').replace('”', '"').replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT).strip();
    }

    /** Raw markup in a text field, or active content and unescaped characters in rendered HTML. */
    static List<String> unescaped(String field, String text, boolean isHtml) {
        List<String> problems = new ArrayList<>();
        if (!isHtml) {
            if (TAG_LIKE.matcher(text).find()) {
                problems.add(field + " holds raw markup");
            }
            return problems;
        }
        Matcher active = ACTIVE.matcher(text);
        if (active.find()) {
            problems.add("html has active content: " + active.group().strip());
        }
        Matcher amp = UNESCAPED_AMP.matcher(text);
        if (amp.find()) {
            int at = amp.start();
            problems.add("html has an unescaped & near \"" + text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20)) + "\"");
        }
        return problems;
    }
}
