package com.consort.studio.internal;

import com.consort.studio.AssetType;
import com.consort.studio.Checks;
import com.consort.studio.Fact;
import com.consort.studio.Source;
import com.consort.studio.Story;
import com.consort.knowledge.OrganisationNames;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every checkable claim in a draft's copy (numbers, percentages, money, quotes, the customer's
 * name, product names, any other company named by its legal form) and looks for it in the story's
 * passages. A claim is supported when a passage states it: the same number (as digits or a small number
 * word), the same percentage, the same amount of money, the quote word for word, the name as written.
 * The first passage that does is its source. Company names the brand kits give (the vendor, the partner,
 * their boilerplate) are the co-branding, not claims.
 */
final class ClaimCheck {

    private static final Pattern MONEY = Pattern.compile(
            "(?:[$€£]\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(million|billion|thousand|bn|m|k)\\b)?)"
                    + "|(?:\\b(\\d[\\d,]*(?:\\.\\d+)?)\\s?(million|billion|thousand)?\\s?(?:euros?|dollars?|pounds?|EUR|USD|GBP)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("\\b(\\d+(?:[.,]\\d+)?)\\s?(?:%|percent\\b|per cent\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d[\\d,]*(?:\\.\\d+)?(?![\\d])");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{12,})[”\"]");
    private static final Map<String, String> NUMBER_WORDS = new HashMap<>();

    static {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        for (int i = 0; i < small.length; i++) {
            NUMBER_WORDS.put(small[i], String.valueOf(i));
        }
        NUMBER_WORDS.put("thirty", "30");
        NUMBER_WORDS.put("forty", "40");
        NUMBER_WORDS.put("fifty", "50");
        NUMBER_WORDS.put("hundred", "100");
        NUMBER_WORDS.put("half", "50");
    }

    private ClaimCheck() {
    }

    static List<Checks.Claim> claims(AssetType type, Map<String, String> sections, List<Story.Passage> passages,
            List<Fact> facts, String vendor, List<String> brandTexts) {
        OrganisationNames brandNames = new OrganisationNames(brandTexts);
        List<Indexed> index = passages.stream().map(Indexed::new).toList();
        List<Checks.Claim> claims = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        facts.stream().filter(f -> f.field().equals("customer")).forEach(f -> names.add(f.value()));
        Set<String> products = new LinkedHashSet<>();
        facts.stream().filter(f -> f.field().equals("product") || f.field().equals("integration"))
                .forEach(f -> products.add(f.value()));
        Pattern vendorProduct = Pattern.compile("\\b" + Pattern.quote(vendor) + "(?:\\s+\\p{Lu}[\\p{L}\\d]*){1,3}");

        for (String section : type.sections()) {
            String text = sections.getOrDefault(section, "");
            if (text.isBlank()) {
                continue;
            }
            List<int[]> taken = new ArrayList<>();
            Matcher m = MONEY.matcher(text);
            while (m.find()) {
                String amount = m.group(1) != null ? m.group(1) : m.group(3);
                String scale = scale(m.group(1) != null ? m.group(2) : m.group(4));
                taken.add(new int[] {m.start(), m.end()});
                claims.add(claim("money", text, section, m.start(), m.end(), index,
                        p -> p.money.contains(number(amount) + scale), number(amount)));
            }
            m = PERCENT.matcher(text);
            while (m.find()) {
                if (overlaps(taken, m.start())) {
                    continue;
                }
                taken.add(new int[] {m.start(), m.end()});
                String value = number(m.group(1));
                claims.add(claim("percentage", text, section, m.start(), m.end(), index, p -> p.percents.contains(value), m.group(1)));
            }
            m = NUMBER.matcher(text);
            while (m.find()) {
                if (overlaps(taken, m.start())) {
                    continue;
                }
                String value = number(m.group());
                claims.add(claim("number", text, section, m.start(), m.end(), index, p -> p.numbers.contains(value), m.group()));
            }
            // a quote section is a quote as a whole; elsewhere anything in quotation marks is
            if (section.equals("quote")) {
                String quote = text.strip().replaceAll("^[“\"]|[”\"]$", "");
                String normal = normal(quote);
                int start = text.indexOf(quote);
                claims.add(claim("quote", text, section, Math.max(0, start), Math.max(0, start) + quote.length(), index,
                        p -> !normal.isBlank() && p.normal.contains(normal), firstWords(quote)));
            } else {
                m = QUOTED.matcher(text);
                while (m.find()) {
                    String normal = normal(m.group(1));
                    claims.add(claim("quote", text, section, m.start(), m.end(), index, p -> p.normal.contains(normal),
                            firstWords(m.group(1))));
                }
            }
            if (section.equals("quote_attribution")) {
                String speaker = text.split(",")[0].strip();
                int start = text.indexOf(speaker);
                claims.add(claim("speaker", text, section, start, start + speaker.length(), index,
                        p -> p.text.contains(speaker), speaker));
            }
            List<int[]> customers = new ArrayList<>();
            for (String name : names) {
                int at = text.indexOf(name);
                if (at >= 0) {
                    customers.add(new int[] {at, at + name.length()});
                    claims.add(claim("customer", text, section, at, at + name.length(), index, p -> p.text.contains(name), name));
                }
            }
            for (var company : OrganisationNames.in(text)) {
                if (!overlaps(customers, company.start()) && !brandNames.isKnown(company.name())) {
                    String name = company.name().strip();
                    claims.add(claim("company", text, section, company.start(), company.end(), index,
                            p -> p.companies.isKnown(name), name));
                }
            }
            Set<String> seen = new HashSet<>();
            m = vendorProduct.matcher(text);
            while (m.find()) {
                String product = m.group();
                if (seen.add(product)) {
                    claims.add(claim("product", text, section, m.start(), m.end(), index, p -> p.text.contains(product), product));
                }
            }
            for (String product : products) {
                int at = text.indexOf(product);
                if (at >= 0 && seen.add(product) && !product.startsWith(vendor + " ")) {
                    claims.add(claim("product", text, section, at, at + product.length(), index,
                            p -> p.text.contains(product), product));
                }
            }
        }
        return claims;
    }

    private static Checks.Claim claim(String kind, String text, String section, int start, int end, List<Indexed> index,
            java.util.function.Predicate<Indexed> states, String needle) {
        for (Indexed p : index) {
            if (states.test(p)) {
                int at = p.text.indexOf(needle);
                String excerpt = Excerpts.around(p.text, Math.max(0, at), at < 0 ? 0 : needle.length());
                return new Checks.Claim(kind, text.substring(start, end), section, start, end, true,
                        new Source(p.passage.chunkId(), p.passage.locator(), excerpt));
            }
        }
        return new Checks.Claim(kind, text.substring(start, end), section, start, end, false, null);
    }

    private static boolean overlaps(List<int[]> taken, int at) {
        return taken.stream().anyMatch(r -> at >= r[0] && at < r[1]);
    }

    private static String scale(String unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "m", "million" -> "e6";
            case "bn", "billion" -> "e9";
            case "k", "thousand" -> "e3";
            default -> "";
        };
    }

    /** 2,000 and 2000 are the same number; so are 1.50 and 1.5. */
    static String number(String raw) {
        String s = raw.replace(",", "");
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }

    private static String firstWords(String quote) {
        String[] words = quote.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)));
    }

    /** A passage with the numbers, percentages, amounts and company names it states. */
    private static final class Indexed {
        final Story.Passage passage;
        final String text;
        final String normal;
        final Set<String> numbers = new HashSet<>();
        final Set<String> percents = new HashSet<>();
        final Set<String> money = new HashSet<>();
        final OrganisationNames companies;

        Indexed(Story.Passage passage) {
            this.passage = passage;
            this.text = passage.text();
            this.companies = new OrganisationNames(List.of(text));
            this.normal = " " + normal(text) + " ";
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                numbers.add(number(m.group()));
            }
            for (String word : normal.split(" ")) {
                String n = NUMBER_WORDS.get(word);
                if (n != null) {
                    numbers.add(n);
                }
            }
            m = PERCENT.matcher(text);
            while (m.find()) {
                percents.add(number(m.group(1)));
            }
            m = MONEY.matcher(text);
            while (m.find()) {
                String amount = m.group(1) != null ? m.group(1) : m.group(3);
                money.add(number(amount) + scale(m.group(1) != null ? m.group(2) : m.group(4)));
            }
        }
    }
}
