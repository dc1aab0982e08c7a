package com.consort.demodata;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the writers. */
final class Text {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_]+)}");

    private Text() {
    }

    /** "a, b and c". */
    static String joinAnd(List<String> items) {
        return join(items, "and");
    }

    /** "a, b or c". */
    static String joinOr(List<String> items) {
        return join(items, "or");
    }

    private static String join(List<String> items, String word) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + word + " " + items.get(items.size() - 1);
    }

    /** German "a, b und c". */
    static String joinUnd(List<String> items) {
        return join(items, "und");
    }

    static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** "a" or "an" before the phrase. */
    static String article(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        boolean vowel = p.matches("^(a|e|i|o|u|fr\\b|s[ih]\\b|sap\\b|gsi\\b|isv\\b|hr\\b|msp\\b|nhs\\b).*")
                && !p.startsWith("uni") && !p.startsWith("use") && !p.startsWith("euro") && !p.startsWith("uk");
        return (vowel ? "an " : "a ") + phrase;
    }

    /** Replaces {name} placeholders; an unknown placeholder is an error. */
    static String fill(String template, Map<String, String> vars) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = vars.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in: " + template);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Lower-case ASCII slug: "Bergmann Digital GmbH" -> "bergmann-digital-gmbh". */
    static String slug(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
                .replace("æ", "ae").replace("&", " and ");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
