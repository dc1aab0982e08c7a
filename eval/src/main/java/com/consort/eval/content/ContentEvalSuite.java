package com.consort.eval.content;

import com.consort.eval.content.ContentUnderTest.ContentRequest;
import com.consort.eval.content.ContentUnderTest.DraftView;
import com.consort.eval.judge.Judge;
import com.consort.eval.run.Assertion;
import com.consort.eval.run.CaseResult;
import com.consort.eval.run.JudgedEvalSuite;
import com.consort.eval.run.Metrics;
import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Content cases: a draft is generated from a case study and checked against the story's indexed
 * text (grounding), the case's brand rules and length limits, and for unescaped HTML.
 */
public final class ContentEvalSuite extends JudgedEvalSuite<ContentCase> {

    private final ContentUnderTest studio;
    private final DocumentRepository documents;
    private final JdbcTemplate jdbc;

    public ContentEvalSuite(String name, String description, List<ContentCase> cases, ContentUnderTest studio, Judge judge,
            DocumentRepository documents, JdbcTemplate jdbc) {
        super(name, "content", description, cases, judge, studio == null ? "content studio" : null);
        this.studio = studio;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @SuppressWarnings("unchecked")
    public static List<ContentCase> parseCases(Map<String, Object> yaml) {
        return ((List<Map<String, Object>>) yaml.getOrDefault("cases", List.of())).stream().map(ContentCase::parse).toList();
    }

    @Override
    public CaseResult run(String caseId) {
        ContentCase c = cases.get(caseId);
        String input = c.assetType() + " for " + c.partnerId() + " from " + c.caseStudy();
        if (studio == null) {
            return new CaseResult(name, caseId, input, "", List.of(Assertion.skipped("studio", "no content studio available")),
                    Map.of(), 0);
        }
        Document story = caseStudy(c.caseStudy());
        long start = System.nanoTime();
        DraftView draft = studio.generate(new ContentRequest(story.id(), c.partnerId(), c.assetType()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        String source = story.title() + "\n" + String.join("\n", jdbc.queryForList(
                // the story as indexed: the same text the generator was given to work from
                "SELECT text FROM chunk WHERE document_id = ? ORDER BY ordinal", String.class, story.id()));
        String allText = String.join("\n", draft.fields().values());
        String lower = (allText + "\n" + (draft.html() == null ? "" : draft.html())).toLowerCase(Locale.ROOT);
        List<Assertion> assertions = new ArrayList<>();
        Map<String, Double> scores = new LinkedHashMap<>();

        List<String> ungrounded = Grounding.ungrounded(allText, source, c.required());
        scores.put("ungroundedClaims", (double) ungrounded.size());
        assertions.add(Assertion.check("claimsGrounded", ungrounded.isEmpty(), String.join("; ", ungrounded)));

        List<String> brand = new ArrayList<>();
        c.required().stream().filter(r -> !lower.contains(r.toLowerCase(Locale.ROOT))).forEach(r -> brand.add("missing \"" + r + "\""));
        c.banned().stream().filter(b -> lower.contains(b.toLowerCase(Locale.ROOT))).forEach(b -> brand.add("banned \"" + b + "\""));
        scores.put("brandViolations", (double) brand.size());
        if (!c.required().isEmpty()) {
            assertions.add(Assertion.check("brandElementsPresent", brand.stream().noneMatch(b -> b.startsWith("missing")),
                    brand.stream().filter(b -> b.startsWith("missing")).collect(Collectors.joining("; "))));
        }
        if (!c.banned().isEmpty()) {
            assertions.add(Assertion.check("bannedTermsAbsent", brand.stream().noneMatch(b -> b.startsWith("banned")),
                    brand.stream().filter(b -> b.startsWith("banned")).collect(Collectors.joining("; "))));
        }
        List<String> tooLong = new ArrayList<>();
        c.maxChars().forEach((field, limit) -> draft.fields().forEach((f, text) -> {
            if ((field.equals("*") || field.equals(f)) && text.length() > limit) {
                tooLong.add(f + " has " + text.length() + " characters, limit " + limit);
            }
        }));
        c.maxChars().keySet().stream().filter(f -> !f.equals("*") && !draft.fields().containsKey(f))
                .forEach(f -> tooLong.add("no field " + f + " in the draft (has " + draft.fields().keySet() + ")"));
        if (!c.maxChars().isEmpty()) {
            assertions.add(Assertion.check("lengthLimits", tooLong.isEmpty(), String.join("; ", tooLong)));
        }
        List<String> unescaped = new ArrayList<>();
        draft.fields().forEach((f, text) -> unescaped.addAll(Grounding.unescaped(f, text, false)));
        if (draft.html() != null) {
            unescaped.addAll(Grounding.unescaped("html", draft.html(), true));
        }
        scores.put("unescapedHtml", (double) unescaped.size());
        assertions.add(Assertion.check("noUnescapedHtml", unescaped.isEmpty(), String.join("; ", unescaped)));
        judge(c, "Write a " + c.assetType() + " from this customer story.", allText, source, assertions, scores);
        String shown = draft.fields().entrySet().stream().map(e -> "[" + e.getKey() + "]\n" + e.getValue())
                .collect(Collectors.joining("\n\n"));
        return new CaseResult(name, caseId, input, shown, assertions, scores, millis);
    }

    private volatile List<Document> stories;

    private Document caseStudy(String ref) {
        List<Document> all = stories;
        if (all == null) {
            all = documents.list(DocumentKind.CASE_STUDY, null, 0, 10_000);
            stories = all;
        }
        String want = ref.toLowerCase(Locale.ROOT);
        return all.stream().filter(d -> d.id().equals(ref) || d.title().equalsIgnoreCase(ref) || (d.fileName() != null
                && (d.fileName().equalsIgnoreCase(ref) || want.endsWith("/" + d.fileName().toLowerCase(Locale.ROOT))
                        || d.fileName().toLowerCase(Locale.ROOT).endsWith("/" + want))))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No case study " + ref + " in the index"));
    }

    @Override
    public Map<String, Double> metrics(List<CaseResult> results) {
        Map<String, Double> metrics = Metrics.common(results);
        metrics.put("ungroundedClaims", Metrics.sum(results, "ungroundedClaims"));
        metrics.put("brandViolations", Metrics.sum(results, "brandViolations"));
        metrics.put("unescapedHtml", Metrics.sum(results, "unescapedHtml"));
        judgeMetrics(results, metrics);
        return metrics;
    }
}
