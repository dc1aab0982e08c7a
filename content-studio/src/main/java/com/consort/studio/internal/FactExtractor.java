package com.consort.studio.internal;

import com.consort.studio.Fact;
import com.consort.studio.Source;
import com.consort.studio.Story;
import com.consort.knowledge.Chunk;
import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentKind;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads the facts of an indexed case study from its chunks: the fact lines near the top ("Customer:
 * ..."), the sections under the usual headings (challenge, solution, results, what's next) and quotes
 * with their attribution line ("— Name, Title, Organisation"). Works the same for every file format
 * because it reads the chunks, where a format's headings are either locators or inline text.
 * Nothing is invented: every fact is a piece of the story's text with the chunk it came from.
 */
final class FactExtractor {

    private static final Pattern LABEL = Pattern.compile("(?<!\\p{L})(Customer|Industry|Country|Headquarters|Partner role"
            + "|Partner|Delivered by|Integrations|Template|\\p{Lu}\\p{L}* products)\\s*:\\s*");
    private static final Pattern ATTRIBUTION = Pattern.compile("—\\s*(\\p{Lu}[\\p{L}.'\\- ]+?),\\s*([^,\\n]+?),\\s*([^\\n]+)");
    private static final List<String> HEADINGS = List.of("The challenge", "Choosing a partner", "The solution",
            "The results", "What's next");
    private static final int HEAD_CHARS = 2500;

    private FactExtractor() {
    }

    /** The story with its facts, read from the document's chunks. */
    static Story read(Document document, List<Chunk> chunks) {
        Text text = Text.of(chunks);
        List<Fact> facts = new ArrayList<>();
        Map<String, String> labelled = labels(text, facts);
        String customer = labelled.get("customer");
        String partner = labelled.get("partner");
        String vendor = labelled.get("vendor");

        Map<String, int[]> sections = sections(text.all, customer, partner, vendor);
        List<String> names = new ArrayList<>();
        facts.stream().filter(f -> List.of("product", "integration", "template").contains(f.field()))
                .forEach(f -> names.add(f.value()));
        for (String heading : List.of("The challenge", "The solution")) {
            int[] range = sections.get(heading);
            if (range != null) {
                int keep = heading.equals("The challenge") ? 3 : 4;
                String field = heading.equals("The challenge") ? "challenge" : "solution";
                for (int[] s : select(sentences(text.all, range, true), text.all, names, customer, partner, keep)) {
                    facts.add(text.fact(field, clean(text.all.substring(s[0], s[1])), null, s[0]));
                }
            }
        }
        int[] results = sections.get("The results");
        if (results != null) {
            int taken = 0;
            for (int[] line : lines(text.all, results)) {
                String value = clean(text.all.substring(line[0], line[1]));
                if (value.isEmpty() || value.endsWith(":") || isQuoteLine(text.all, line) || taken == 3) {
                    continue;
                }
                facts.add(text.fact("result", value, resultKind(value), line[0]));
                taken++;
            }
        }
        int[] next = sections.get("What's next");
        if (next != null) {
            List<int[]> s = sentences(text.all, next, true);
            if (!s.isEmpty()) {
                facts.add(text.fact("next_step", clean(text.all.substring(s.get(0)[0], s.get(0)[1])), null, s.get(0)[0]));
            }
        }
        quotes(text, customer, partner, facts);
        List<Story.Passage> passages = chunks.stream().map(c -> new Story.Passage(c.id(), c.locator(), c.text())).toList();
        return new Story(document.id(), document.title(), document.partnerId(), List.copyOf(facts), passages);
    }

    /** The "Label: value" lines at the top of a story. Returns customer, partner and vendor names. */
    private static Map<String, String> labels(Text text, List<Fact> facts) {
        Map<String, String> names = new LinkedHashMap<>();
        String head = text.all.substring(0, Math.min(HEAD_CHARS, text.all.length()));
        Matcher m = LABEL.matcher(head);
        List<int[]> found = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
            labels.add(m.group(1));
        }
        for (int i = 0; i < found.size(); i++) {
            int start = found.get(i)[1];
            int end = i + 1 < found.size() ? found.get(i + 1)[0] : head.length();
            int newline = head.indexOf('\n', start);
            if (newline >= 0 && newline < end) {
                end = newline;
            }
            String value = head.substring(start, end).strip().replaceAll("\\.$", "");
            if (value.isEmpty()) {
                continue;
            }
            String label = labels.get(i);
            switch (label) {
                case "Customer" -> {
                    names.putIfAbsent("customer", value);
                    facts.add(text.fact("customer", value, null, start));
                }
                case "Industry" -> facts.add(text.fact("industry", value, null, start));
                case "Country" -> facts.add(text.fact("country", value, null, start));
                case "Headquarters" -> facts.add(text.fact("headquarters", value, null, start));
                case "Partner" -> {
                    names.putIfAbsent("partner", value);
                    facts.add(text.fact("partner", value, null, start));
                }
                case "Partner role" -> facts.add(text.fact("partner_role", value, null, start));
                case "Delivered by" -> facts.add(text.fact("delivered_by", value, null, start));
                case "Integrations" -> splitList(value).forEach(v -> facts.add(text.fact("integration", v, null, start)));
                case "Template" -> facts.add(text.fact("template", value, null, start));
                default -> { // "<Vendor> products"
                    names.putIfAbsent("vendor", label.substring(0, label.indexOf(' ')));
                    splitList(value).forEach(v -> facts.add(text.fact("product", v, null, start)));
                }
            }
        }
        return names;
    }

    private static List<String> splitList(String value) {
        return java.util.Arrays.stream(value.split(",|;")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** heading → [start, end) of its text, in the order of the story. */
    private static Map<String, int[]> sections(String all, String customer, String partner, String vendor) {
        List<String> headings = new ArrayList<>(HEADINGS);
        for (String name : new String[] {customer, partner, vendor}) {
            if (name != null) {
                headings.add("About " + name);
            }
        }
        List<Object[]> positions = new ArrayList<>();
        for (String heading : headings) {
            Matcher m = Pattern.compile("(?:^|(?<=[\\s.:]))" + Pattern.quote(heading) + "(?=\\s)").matcher(all);
            if (m.find()) {
                positions.add(new Object[] {heading, m.start(), m.end()});
            }
        }
        positions.sort(Comparator.comparingInt(p -> (int) p[1]));
        Map<String, int[]> sections = new LinkedHashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            int end = i + 1 < positions.size() ? (int) positions.get(i + 1)[1] : all.length();
            sections.put((String) positions.get(i)[0], new int[] {(int) positions.get(i)[2], end});
        }
        return sections;
    }

    private static List<int[]> lines(String all, int[] range) {
        List<int[]> lines = new ArrayList<>();
        int start = range[0];
        while (start < range[1]) {
            int end = all.indexOf('\n', start);
            if (end < 0 || end > range[1]) {
                end = range[1];
            }
            if (end > start) {
                lines.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return lines;
    }

    private static boolean isQuoteLine(String all, int[] line) {
        String text = all.substring(line[0], line[1]);
        if (text.contains("“") || text.strip().startsWith("—") || ATTRIBUTION.matcher(text).find()) {
            return true;
        }
        int next = line[1] + 1;
        int nextEnd = all.indexOf('\n', next);
        String following = next < all.length() ? all.substring(next, nextEnd < 0 ? all.length() : nextEnd) : "";
        return following.strip().startsWith("—");
    }

    /** Sentence ranges in a section, leaving out quotes and their attribution lines. */
    private static List<int[]> sentences(String all, int[] range, boolean skipQuotes) {
        List<int[]> sentences = new ArrayList<>();
        for (int[] line : lines(all, range)) {
            if (skipQuotes && isQuoteLine(all, line)) {
                continue;
            }
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            String text = all.substring(line[0], line[1]);
            it.setText(text);
            for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                String sentence = text.substring(s, e).strip();
                if (sentence.split("\\s+").length >= 4 && !sentence.endsWith(":")) {
                    int offset = line[0] + s + (text.substring(s, e).length() - text.substring(s, e).stripLeading().length());
                    sentences.add(new int[] {offset, offset + sentence.length()});
                }
            }
        }
        return sentences;
    }

    /**
     * The {@code keep} most telling sentences, in story order: numbers and named products, the customer
     * and the partner count; long sentences count against.
     */
    static List<int[]> select(List<int[]> sentences, String all, List<String> names, String customer, String partner,
            int keep) {
        Map<int[], Integer> score = new LinkedHashMap<>();
        for (int[] s : sentences) {
            String text = all.substring(s[0], s[1]);
            int points = 0;
            if (text.matches("(?s).*\\d.*")) {
                points += 2;
            }
            if (names.stream().anyMatch(text::contains)) {
                points += 2;
            }
            if ((customer != null && text.contains(customer)) || (partner != null && text.contains(partner))) {
                points += 1;
            }
            if (text.split("\\s+").length > 40) {
                points -= 2;
            }
            score.put(s, points);
        }
        List<int[]> best = IntStream.range(0, sentences.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -score.get(sentences.get(i))).thenComparingInt(i -> i))
                .limit(keep).sorted().map(sentences::get).toList();
        return best;
    }

    private static void quotes(Text text, String customer, String partner, List<Fact> facts) {
        Matcher m = ATTRIBUTION.matcher(text.all);
        while (m.find()) {
            int lineStart = text.all.lastIndexOf('\n', m.start() - 1) + 1;
            String before = text.all.substring(lineStart, m.start());
            int quoteStart = lineStart;
            String quote = clean(before);
            if (quote.isEmpty() && lineStart > 0) {
                int previous = text.all.lastIndexOf('\n', lineStart - 2) + 1;
                quoteStart = previous;
                quote = clean(text.all.substring(previous, lineStart - 1));
            }
            int open = quote.lastIndexOf('“');
            if (open >= 0) {
                quote = quote.substring(open);
            }
            quote = quote.replaceAll("^[“\"]+|[”\"]+$", "").strip();
            if (quote.split("\\s+").length < 3) {
                continue;
            }
            String organisation = m.group(3).strip();
            for (String name : new String[] {customer, partner}) {
                if (name != null && organisation.startsWith(name)) {
                    organisation = name;
                }
            }
            String detail = m.group(1).strip() + ", " + m.group(2).strip() + ", " + organisation;
            facts.add(text.fact("quote", quote, detail, quoteStart));
        }
    }

    private static String resultKind(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("%") || v.contains("percent")) {
            return "percentage";
        }
        if (v.matches("(?s).*([$€£]\\s?\\d|\\d\\s?(euro|dollar|pound|usd|eur|gbp)).*")) {
            return "money";
        }
        if (v.matches("(?s).*\\binstead of\\b.*|.*\\bfrom\\b.*\\bto\\b.*")) {
            return "before_after";
        }
        if (v.matches("(?s).*\\b(hours?|days?|weeks?|months?|years?|minutes?)\\b.*")) {
            return "time";
        }
        return v.matches("(?s).*\\d.*") ? "count" : "qualitative";
    }

    /** Strips list bullets, block-quote markers and surrounding white space. */
    static String clean(String s) {
        return s.replaceAll("^[\\s•>\\-*]+", "").replaceAll("[\\s>]+$", "").replaceAll("\\s*>\\s*>\\s*$", "").strip();
    }

    /** The chunks joined into one text, each section heading made a line of its own, with offsets back to chunks. */
    private static final class Text {
        final String all;
        final List<int[]> bounds;
        final List<Chunk> chunks;

        private Text(String all, List<int[]> bounds, List<Chunk> chunks) {
            this.all = all;
            this.bounds = bounds;
            this.chunks = chunks;
        }

        static Text of(List<Chunk> chunks) {
            StringBuilder all = new StringBuilder();
            List<int[]> bounds = new ArrayList<>();
            String previousHeading = null;
            for (Chunk c : chunks) {
                int start = all.length();
                String heading = heading(c.locator());
                if (heading != null && !Objects.equals(heading, previousHeading) && !c.text().startsWith(heading)) {
                    all.append(heading).append('\n');
                }
                previousHeading = heading;
                all.append(c.text()).append('\n');
                bounds.add(new int[] {start, all.length()});
            }
            return new Text(all.toString(), bounds, chunks);
        }

        private static String heading(String locator) {
            if (locator == null) {
                return null;
            }
            int dot = locator.lastIndexOf(" · ");
            String last = dot >= 0 ? locator.substring(dot + 3) : locator;
            return last.matches("(page|slide) \\d+") ? null : last;
        }

        Fact fact(String field, String value, String detail, int offset) {
            for (int i = 0; i < bounds.size(); i++) {
                if (offset >= bounds.get(i)[0] && offset < bounds.get(i)[1]) {
                    Chunk c = chunks.get(i);
                    return new Fact(field, value, detail, new Source(c.id(), c.locator(), excerpt(offset)));
                }
            }
            return new Fact(field, value, detail, null);
        }

        /** The line the fact sits on, cut to a readable length. */
        private String excerpt(int offset) {
            return Excerpts.around(all, offset, 0);
        }
    }
}
