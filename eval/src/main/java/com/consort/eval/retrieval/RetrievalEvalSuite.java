package com.consort.eval.retrieval;

import com.consort.eval.run.Assertion;
import com.consort.eval.run.CaseResult;
import com.consort.eval.run.EvalSuite;
import com.consort.knowledge.RetrievalMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A retrieval suite as the runner sees it: partner search in one retrieval mode, scored per case. */
public final class RetrievalEvalSuite implements EvalSuite {

    private final RetrievalSuite suite;
    private final RetrievalEvaluator evaluator;
    private final RetrievalMode mode;
    private final Map<String, RetrievalCase> cases;

    public RetrievalEvalSuite(RetrievalSuite suite, RetrievalEvaluator evaluator, RetrievalMode mode) {
        this.suite = suite;
        this.evaluator = evaluator;
        this.mode = mode;
        this.cases = suite.cases().stream().collect(Collectors.toMap(RetrievalCase::id, Function.identity(),
                (a, b) -> { throw new IllegalArgumentException("Suite " + suite.name() + " has case " + a.id() + " twice"); },
                LinkedHashMap::new));
    }

    @Override
    public String name() {
        return suite.name();
    }

    @Override
    public String kind() {
        return "retrieval";
    }

    @Override
    public String description() {
        return suite.description() + " (retrieval mode " + mode.name().toLowerCase() + ")";
    }

    @Override
    public List<String> caseIds() {
        return List.copyOf(cases.keySet());
    }

    @Override
    public CaseResult run(String caseId) {
        RetrievalCase c = cases.get(caseId);
        long start = System.nanoTime();
        RetrievalEvaluator.CaseResult r = evaluator.run(c, suite.k(), mode);
        List<Assertion> assertions = new ArrayList<>();
        if (c.noMatch()) {
            assertions.add(Assertion.check("noMatch", r.returned().isEmpty(), "expected no match but got " + r.returned()));
        } else {
            List<String> topK = r.returned().stream().limit(suite.k()).toList();
            List<String> missed = c.expected().stream().filter(e -> !topK.contains(e)).toList();
            // recall@k is 1 when the top k hold min(k, expected) of the expected partners
            assertions.add(Assertion.check("expectedFound", r.recall() == 1, "missed " + missed + ", returned " + r.returned()));
        }
        assertions.add(Assertion.check("constraintsAndForbidden", r.violations().isEmpty(), String.join("; ", r.violations())));
        Map<String, Double> scores = new LinkedHashMap<>();
        if (!c.noMatch()) {
            scores.put("recall", r.recall());
            scores.put("rr", r.reciprocalRank());
            scores.put("ndcg", r.ndcg());
        }
        scores.put("violations", (double) r.violations().size());
        return new CaseResult(name(), caseId, String.join(" → ", c.turns()), r.returned().isEmpty() ? "(no partner)"
                : String.join(", ", r.returned()), assertions, scores, (System.nanoTime() - start) / 1_000_000,
                c.noMatch() ? List.of() : c.expected(), r.returned());
    }

    @Override
    public Map<String, Double> metrics(List<CaseResult> results) {
        // the evaluator's own formulas, fed from the per-case scores
        List<RetrievalEvaluator.CaseResult> scored = results.stream().map(r -> new RetrievalEvaluator.CaseResult(r.id(), List.of(),
                r.scores().getOrDefault("recall", Double.NaN), r.scores().getOrDefault("rr", Double.NaN),
                r.scores().getOrDefault("ndcg", Double.NaN),
                java.util.Collections.nCopies(r.scores().getOrDefault("violations", 0.0).intValue(), "violation"),
                r.passed(), null)).toList();
        Map<String, Double> metrics = new LinkedHashMap<>(RetrievalEvaluator.metrics(suite.k(), scored));
        metrics.put("errors", (double) results.stream().filter(r -> r.assertions().stream().anyMatch(a -> a.name().equals("runs"))).count());
        return metrics;
    }
}
