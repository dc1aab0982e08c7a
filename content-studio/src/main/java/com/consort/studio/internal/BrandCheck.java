package com.consort.studio.internal;

import com.consort.studio.AssetType;
import com.consort.studio.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The brand rules: no banned term, both names and the disclaimer present, required phrases present,
 * length limits per channel, and a reading level (Flesch-Kincaid grade) that a busy reader can manage.
 */
final class BrandCheck {

    static final int X_CHARS = 280;
    static final int LINKEDIN_CHARS = 3000;
    static final int SUBJECT_CHARS = 78;
    static final int EMAIL_BODY_WORDS = 250;
    static final int ONE_PAGER_WORDS = 500;
    static final int LANDING_WORDS = 700;
    static final int BLOG_MIN_WORDS = 150;
    static final int BLOG_MAX_WORDS = 1500;
    static final double MAX_GRADE = 14.0;

    private BrandCheck() {
    }

    static List<Checks.Finding> findings(AssetType type, Map<String, String> sections, String rendered, Brands brands) {
        List<Checks.Finding> findings = new ArrayList<>();
        String plain = type.html() ? plain(rendered) : rendered; // a text asset is kept as plain text
        String lowerPlain = plain.toLowerCase(Locale.ROOT);

        List<String> banned = new ArrayList<>(brands.vendor().bannedTerms());
        if (brands.coBranded()) {
            banned.addAll(brands.partner().bannedTerms());
        }
        for (String section : type.sections()) {
            String text = sections.getOrDefault(section, "");
            for (String term : banned) {
                if (Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(term) + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE)
                        .matcher(text).find()) {
                    findings.add(error("banned_term", "\"" + term + "\" is a banned term in the brand kit", section));
                }
            }
        }
        if (!lowerPlain.contains(brands.vendor().name().toLowerCase(Locale.ROOT))) {
            findings.add(error("missing_vendor_name", "The asset never names " + brands.vendor().name(), null));
        }
        if (brands.coBranded() && !lowerPlain.contains(brands.partner().name().toLowerCase(Locale.ROOT))) {
            findings.add(error("missing_partner_name", "The asset never names " + brands.partner().name(), null));
        }
        // a post on X has no room for a disclaimer; every other asset carries it as a locked section
        if (type != AssetType.SOCIAL) {
            for (String disclaimer : Kits.disclaimers(brands)) {
                if (!plain.replaceAll("\\s+", " ").contains(disclaimer.replaceAll("\\s+", " "))) {
                    findings.add(error("missing_disclaimer", "The legal disclaimer is missing", "legal"));
                }
            }
        }
        List<String> required = new ArrayList<>(brands.vendor().requiredPhrases());
        if (brands.coBranded()) {
            required.addAll(brands.partner().requiredPhrases());
        }
        for (String phrase : required) {
            if (!lowerPlain.contains(phrase.toLowerCase(Locale.ROOT))) {
                findings.add(error("missing_required_phrase", "The required phrase \"" + phrase + "\" is missing", null));
            }
        }
        lengths(type, sections, findings);

        String copy = String.join("\n", type.sections().stream().map(s -> sections.getOrDefault(s, ""))
                .filter(s -> !s.isBlank()).toList());
        double grade = grade(copy);
        String level = String.format(Locale.ROOT, "Reading level: grade %.1f (Flesch-Kincaid)", grade);
        findings.add(new Checks.Finding("brand", grade > MAX_GRADE ? "warning" : "info", "reading_level",
                grade > MAX_GRADE ? level + "; aim for " + MAX_GRADE + " or lower with shorter sentences and words" : level,
                null));
        return findings;
    }

    private static void lengths(AssetType type, Map<String, String> sections, List<Checks.Finding> findings) {
        switch (type) {
            case SOCIAL -> {
                limitChars(sections, "x", X_CHARS, findings);
                limitChars(sections, "linkedin", LINKEDIN_CHARS, findings);
            }
            case EMAIL -> {
                for (String s : List.of("subject_a", "subject_b", "subject_c")) {
                    limitChars(sections, s, SUBJECT_CHARS, findings);
                }
                int words = words(sections.getOrDefault("body", ""));
                if (words > EMAIL_BODY_WORDS) {
                    findings.add(error("too_long", "The body has " + words + " words; at most " + EMAIL_BODY_WORDS, "body"));
                }
            }
            case ONE_PAGER -> limitWords(type, sections, ONE_PAGER_WORDS, findings);
            case LANDING_PAGE -> limitWords(type, sections, LANDING_WORDS, findings);
            case BLOG_POST -> {
                limitWords(type, sections, BLOG_MAX_WORDS, findings);
                int words = type.sections().stream().mapToInt(s -> words(sections.getOrDefault(s, ""))).sum();
                if (words < BLOG_MIN_WORDS) {
                    findings.add(new Checks.Finding("brand", "warning", "too_short",
                            "The post has " + words + " words; a blog post usually has at least " + BLOG_MIN_WORDS, null));
                }
            }
        }
    }

    private static void limitChars(Map<String, String> sections, String section, int max, List<Checks.Finding> findings) {
        int length = sections.getOrDefault(section, "").codePointCount(0, sections.getOrDefault(section, "").length());
        if (length > max) {
            findings.add(error("too_long", section + " has " + length + " characters; at most " + max, section));
        }
    }

    private static void limitWords(AssetType type, Map<String, String> sections, int max, List<Checks.Finding> findings) {
        int words = type.sections().stream().mapToInt(s -> words(sections.getOrDefault(s, ""))).sum();
        if (words > max) {
            findings.add(error("too_long", "The copy has " + words + " words; at most " + max + " for a "
                    + type.code().replace('_', ' '), null));
        }
    }

    private static Checks.Finding error(String code, String message, String section) {
        return new Checks.Finding("brand", "error", code, message, section);
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Flesch-Kincaid grade level: 0.39 words per sentence + 11.8 syllables per word - 15.59. */
    static double grade(String text) {
        String[] words = text.strip().isEmpty() ? new String[0] : text.strip().split("\\s+");
        if (words.length == 0) {
            return 0;
        }
        long sentences = Math.max(1, text.split("[.!?\\n]+\\s*").length);
        int syllables = 0;
        for (String w : words) {
            syllables += syllables(w);
        }
        return 0.39 * words.length / sentences + 11.8 * syllables / words.length - 15.59;
    }

    private static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        int count = (int) Pattern.compile("[aeiouy]+").matcher(w).results().count();
        if (w.endsWith("e") && count > 1 && !w.endsWith("le")) {
            count--;
        }
        return Math.max(1, count);
    }

    /** Rendered HTML as the reader sees it: tags dropped, the escapes HTML templates use undone. */
    static String plain(String rendered) {
        return rendered.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replaceAll("[ \\t]+", " ");
    }
}
