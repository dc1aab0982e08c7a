package com.consort.eval.internal.assistant;

import com.consort.eval.Assertion;
import com.consort.eval.AssistantUnderTest.AnswerView;
import com.consort.eval.AssistantUnderTest.CitationView;
import com.consort.eval.AssistantUnderTest.PartnerView;
import com.consort.eval.AssistantUnderTest;
import com.consort.eval.CaseResult;
import com.consort.eval.Judge;
import com.consort.eval.internal.retrieval.RetrievalEvaluator;
import com.consort.eval.internal.run.JudgedEvalSuite;
import com.consort.eval.internal.run.Metrics;
import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Assistant cases: the conversation is sent to the assistant and its answer is checked against the
 * directory and the index, never against what the assistant says about itself.
 */
public final class AssistantEvalSuite extends JudgedEvalSuite<AssistantCase> {

    private final AssistantUnderTest assistant;
    private final RetrievalEvaluator constraints;
    private final PartnerRepository partners;
    private final DocumentRepository documents;
    private volatile Map<String, String> directoryNames;

    private static final String RECORDS = "opportunities:";

    public AssistantEvalSuite(String name, String description, List<AssistantCase> cases, AssistantUnderTest assistant,
            Judge judge, RetrievalEvaluator constraints, PartnerRepository partners, DocumentRepository documents) {
        super(name, "assistant", description, cases, judge, assistant == null ? "assistant" : null);
        this.assistant = assistant;
        this.constraints = constraints;
        this.partners = partners;
        this.documents = documents;
    }

    @SuppressWarnings("unchecked")
    public static List<AssistantCase> parseCases(Map<String, Object> yaml) {
        return ((List<Map<String, Object>>) yaml.getOrDefault("cases", List.of())).stream().map(AssistantCase::parse).toList();
    }

    @Override
    public CaseResult run(String caseId) {
        AssistantCase c = cases.get(caseId);
        String input = String.join(" → ", c.turns());
        long start = System.nanoTime();
        if (assistant == null) {
            return new CaseResult(name, caseId, input, "", List.of(Assertion.skipped("assistant", "no assistant available")),
                    Map.of(), 0);
        }
        AnswerView answer = assistant.ask(c.turns());
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Assertion> assertions = new ArrayList<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        String text = answer.markdown().toLowerCase(Locale.ROOT);
        List<String> suggested = answer.partners().stream().map(PartnerView::partnerId).toList();

        List<String> invented = invented(answer);
        scores.put("inventedPartners", (double) invented.size());
        assertions.add(Assertion.check("noInventedPartner", invented.isEmpty(), String.join("; ", invented)));

        if (!c.constraints().isEmpty() || !c.forbidden().isEmpty()) {
            List<String> violations = constraints.violations(c.constraints(), c.forbidden(), suggested,
                    c.expectAnyOf());
            scores.put("constraintViolations", (double) violations.size());
            assertions.add(Assertion.check("satisfiesConstraints", violations.isEmpty(), String.join("; ", violations)));
        }
        if (!c.expectAnyOf().isEmpty()) {
            assertions.add(Assertion.check("suggestsExpected", c.expectAnyOf().stream().anyMatch(suggested::contains),
                    "suggested " + suggested + ", none of " + c.expectAnyOf()));
        }
        if (c.expectFirst() != null) {
            assertions.add(Assertion.check("expectFirst", !suggested.isEmpty() && suggested.get(0).equals(c.expectFirst()),
                    "suggested " + suggested + " first, not " + c.expectFirst()));
        }
        if (c.onlyExpected()) {
            List<String> others = suggested.stream().filter(id -> !c.expectAnyOf().contains(id)).toList();
            assertions.add(Assertion.check("onlyExpected", others.isEmpty(), "also suggested " + others + ", only " + c.expectAnyOf()
                    + " expected"));
        }
        List<String> named = Stream.concat(suggested.stream(), answer.alternatives().stream().map(PartnerView::partnerId)).toList();
        if (c.noPartnerList()) {
            assertions.add(Assertion.check("noPartnerList", named.isEmpty(), "a programme question answered with partners " + named));
        }
        for (String m : c.mustMention()) {
            assertions.add(Assertion.check("mustMention", text.contains(m.toLowerCase(Locale.ROOT)), "does not mention \"" + m + "\""));
        }
        for (String m : c.mustNotMention()) {
            assertions.add(Assertion.check("mustNotMention", !text.contains(m.toLowerCase(Locale.ROOT)), "mentions \"" + m + "\""));
        }
        Map<String, Document> cited = documents.findAll(answer.citations().stream().map(CitationView::documentId).toList());
        // a citation of CRM records ("opportunities:<partner id>") resolves when that partner exists
        Map<String, String> partnerNames = answer.citations().stream().anyMatch(ci -> ci.documentId().startsWith(RECORDS))
                ? partners.namesById() : Map.of();
        List<String> dangling = answer.citations().stream().filter(ci -> !cited.containsKey(ci.documentId()))
                .filter(ci -> !(ci.documentId().startsWith(RECORDS) && partnerNames.containsKey(ci.documentId().substring(RECORDS.length()))))
                .map(ci -> ci.documentId() + " (" + ci.title() + ")").toList();
        assertions.add(Assertion.check("citationsResolve", dangling.isEmpty(), "cites documents that do not exist: " + dangling));
        // a citation counts only when the answer text refers to it: a list of sources nobody cites proves nothing
        List<CitationView> inText = answer.citations().stream().filter(ci -> ci.referencedIn(answer.markdown())).toList();
        if (!c.citesAnyOf().isEmpty()) {
            boolean cites = inText.stream().anyMatch(ci -> c.citesAnyOf().stream()
                    .anyMatch(want -> matches(want, ci, cited.get(ci.documentId()))));
            assertions.add(Assertion.check("citesDocument", cites, "cites " + titles(inText) + " in the text"
                    + (inText.size() < answer.citations().size() ? " (" + (answer.citations().size() - inText.size())
                            + " sources listed but never cited)" : "") + ", none of " + c.citesAnyOf()));
        }
        if (c.programme()) {
            boolean programmeDoc = inText.stream().map(ci -> cited.get(ci.documentId()))
                    .anyMatch(d -> d != null && d.kind() == DocumentKind.PROGRAM_DOC);
            assertions.add(Assertion.check("citesProgrammeDoc", programmeDoc, "no programme document cited in the text; cites "
                    + titles(inText)));
        }
        if (c.noListedPartner()) {
            boolean citesStory = inText.stream().map(ci -> cited.get(ci.documentId()))
                    .anyMatch(d -> d != null && d.kind() == DocumentKind.CASE_STUDY);
            assertions.add(Assertion.check("noListedPartner", named.isEmpty() && citesStory, (named.isEmpty() ? ""
                    : "suggested " + named + " although the story credits no listed partner; ")
                    + (citesStory ? "" : "no case study cited in the text; cites " + titles(inText))));
        }
        if (c.noMatch()) {
            boolean honest = suggested.isEmpty() && !answer.unmetConstraints().isEmpty()
                    && c.unmet().stream().allMatch(u -> answer.unmetConstraints().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT)
                            .contains(u.toLowerCase(Locale.ROOT))));
            assertions.add(Assertion.check("honestNoMatch", honest, "suggested " + suggested + ", unmet named "
                    + answer.unmetConstraints() + ", expected unmet " + c.unmet()));
        }
        judge(c, String.join("\n", c.turns()), answer.markdown(), context(answer), assertions, scores);
        return new CaseResult(name, caseId, input, render(answer), assertions, scores, millis, c.expectAnyOf(), suggested);
    }

    /** Partners named in the answer (listed, or written in the text) that the directory does not hold as named. */
    private List<String> invented(AnswerView answer) {
        List<String> problems = new ArrayList<>();
        List<PartnerView> named = Stream.concat(answer.partners().stream(), answer.alternatives().stream()).toList();
        Map<String, Partner> known = partners.findAll(named.stream().map(PartnerView::partnerId).toList()).stream()
                .collect(Collectors.toMap(Partner::id, Function.identity(), (a, b) -> a));
        for (PartnerView p : named) {
            Partner real = known.get(p.partnerId());
            if (real == null) {
                problems.add(p.partnerId() + " " + p.name() + " is not in the directory");
            } else if (p.name() != null && !real.name().equalsIgnoreCase(p.name().strip())) {
                problems.add(p.partnerId() + " is " + real.name() + ", not " + p.name());
            }
        }
        // a directory partner written into the text but not suggested is one the answer made up a reason for
        Map<String, String> names = directoryNames();
        for (var e : names.entrySet()) {
            if (answer.markdown().contains(e.getValue()) && named.stream().noneMatch(p -> p.partnerId().equals(e.getKey()))) {
                problems.add(e.getValue() + " (" + e.getKey() + ") is named in the text but not suggested with evidence");
            }
        }
        return problems;
    }

    private Map<String, String> directoryNames() {
        Map<String, String> names = directoryNames;
        if (names == null) {
            // names shorter than two words would match ordinary words ("Apex"), so only distinctive ones are scanned
            names = partners.namesById().entrySet().stream().filter(e -> e.getValue().strip().contains(" "))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            directoryNames = names;
        }
        return names;
    }

    private static boolean matches(String want, CitationView citation, Document document) {
        String w = want.toLowerCase(Locale.ROOT);
        if (w.equals(citation.documentId().toLowerCase(Locale.ROOT)) || (citation.title() != null
                && citation.title().toLowerCase(Locale.ROOT).equals(w))) {
            return true;
        }
        if (document == null) {
            return false;
        }
        String file = document.fileName() == null ? "" : document.fileName().toLowerCase(Locale.ROOT);
        String stem = w.contains(".") ? w.substring(0, w.lastIndexOf('.')) : w;
        // a suite names the demo file (program/deal-registration-policy.docx); the index may keep only its base name
        return file.equals(w) || w.endsWith("/" + file) || file.endsWith("/" + w) || file.startsWith(stem + ".")
                || file.contains("/" + stem + ".") || document.title().equalsIgnoreCase(want);
    }

    private static List<String> titles(List<CitationView> citations) {
        return citations.stream().map(CitationView::title).distinct().toList();
    }

    private static String context(AnswerView answer) {
        StringBuilder out = new StringBuilder();
        for (PartnerView p : answer.partners()) {
            out.append(p.name()).append(": ").append(String.join("; ", p.reasons())).append('\n');
            p.evidence().forEach(e -> out.append("  evidence: ").append(e).append('\n'));
        }
        answer.citations().forEach(c -> out.append("cited: ").append(c.title()).append(' ').append(c.locator() == null ? "" : c.locator())
                .append('\n'));
        return out.toString();
    }

    /** The answer as shown in reports: the text, then what was cited. */
    private static String render(AnswerView answer) {
        StringBuilder out = new StringBuilder(answer.markdown().strip());
        if (!answer.citations().isEmpty()) {
            out.append("\n\nCitations: ");
            out.append(answer.citations().stream().map(c -> c.title() + (c.locator() == null ? "" : " (" + c.locator() + ")"))
                    .distinct().collect(Collectors.joining("; ")));
        }
        if (answer.mode() != null) {
            out.append("\nMode: ").append(answer.mode());
        }
        return out.toString();
    }

    @Override
    public Map<String, Double> metrics(List<CaseResult> results) {
        Map<String, Double> metrics = Metrics.common(results);
        metrics.put("inventedPartners", Metrics.sum(results, "inventedPartners"));
        metrics.put("constraintViolations", Metrics.sum(results, "constraintViolations"));
        judgeMetrics(results, metrics);
        return metrics;
    }
}
