package com.consort.server.eval;

import com.consort.eval.Assertion;
import com.consort.eval.Baseline;
import com.consort.eval.CaseResult;
import com.consort.eval.EvalRunStore;
import com.consort.eval.RunComparison;
import com.consort.eval.RunResult;
import com.consort.eval.SuiteResult;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerRepository;
import com.consort.server.accounts.Names;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored runs as the evaluator's pages read them: people and partners by name, failures first, metrics
 * with their baseline, and two runs compared. The JSON of a finished run is the source of truth.
 */
@Component
class RunViews {

    /** A run in lists: the stored summary, with the name of who started it. */
    record RunView(String id, EvalRunStore.Status status, String mode, List<String> suites, String startedBy,
            String startedByName, boolean partial, Instant startedAt, Instant finishedAt, int totalCases, int doneCases,
            int failedCases, Integer passedCases, Integer skippedCases, Integer regressions, String error) {

        static RunView of(EvalRunStore.RunSummary r, String startedByName) {
            return new RunView(r.id(), r.status(), r.mode(), r.suites(), r.startedBy(), startedByName, r.partial(), r.startedAt(),
                    r.finishedAt(), r.totalCases(), r.doneCases(), r.failedCases(), r.passedCases(), r.skippedCases(),
                    r.regressions(), r.error());
        }
    }

    /** A partner as a case names it; {@code name} is null when the directory does not hold the id (any more). */
    record PartnerRef(String id, String name) {
    }

    record CaseView(String suite, String id, String status, String input, String answer, List<Assertion> assertions,
            List<PartnerRef> expected, List<PartnerRef> got, long millis) {
    }

    /** {@code change}: same, improved, regressed or missing against the baseline; empty without one. */
    record MetricView(String name, Double value, Double baseline, Double tolerance, String change, boolean lowerIsBetter) {
    }

    record SuiteView(String suite, String kind, String description, long passed, long failed, long skipped,
            List<MetricView> metrics, List<CaseView> cases) {
    }

    record ReportView(RunView summary, List<String> notices, String baselineFile, List<SuiteView> suites) {
    }

    record ComparisonView(RunView base, RunView head, List<RunComparison.MetricChange> metrics,
            List<RunComparison.CaseChange> cases, int unchanged, int stillFailing) {
    }

    private final JsonMapper jsonMapper;

    private final EvalRuns runs;
    private final PartnerRepository partners;
    private final Names names;

    RunViews(EvalRuns runs, PartnerRepository partners, Names names, JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
        this.runs = runs;
        this.partners = partners;
        this.names = names;
    }

    List<RunView> list(int limit) {
        return runs.store().list(limit).stream().map(this::view).toList();
    }

    RunView summary(String id) {
        return runs.store().find(id).map(this::view).orElseThrow(() -> new NoSuchElementException("No eval run " + id));
    }

    private RunView view(EvalRunStore.RunSummary run) {
        return RunView.of(run, names.of(run.startedBy()));
    }

    RunResult result(String id) {
        String json = runs.store().resultJson(id).orElseThrow(() -> new NoSuchElementException("No finished eval run " + id));
        return jsonMapper.readValue(json, RunResult.class);
    }

    /** The whole report of a finished run: every suite's metrics, then its cases, failed ones first. */
    ReportView report(String id) {
        RunResult run = result(id);
        Map<String, String> byId = partnerNames(run);
        List<SuiteView> suites = run.suites().stream().map(s -> new SuiteView(s.suite(), s.kind(), s.description(), s.passed(),
                s.failed(), s.skipped(), metrics(s, run.comparison()), s.cases().stream()
                        .sorted(Comparator.comparingInt(RunViews::order))
                        .map(c -> new CaseView(s.suite(), c.id(), c.status(), c.input(), c.answer(), c.assertions(),
                                refs(c.expectedPartners(), byId), refs(c.gotPartners(), byId), c.millis()))
                        .toList())).toList();
        return new ReportView(summary(id), run.notices(), run.comparison() == null ? null : run.comparison().baselineFile(), suites);
    }

    /** The self-contained HTML report, with partner names beside their ids. */
    String html(String id) {
        RunResult run = result(id);
        return runs.reports().html(run, runs.history(run.suites().stream().map(SuiteResult::suite).toList()), partnerNames(run));
    }

    ComparisonView compare(String baseId, String headId) {
        RunComparison c = RunComparison.of(result(baseId), result(headId));
        return new ComparisonView(summary(baseId), summary(headId), c.metrics(), c.cases(), c.unchanged(), c.stillFailing());
    }

    private static int order(CaseResult c) {
        return switch (c.status()) {
            case "failed" -> 0;
            case "skipped" -> 2;
            default -> 1;
        };
    }

    private static List<MetricView> metrics(SuiteResult s, Baseline.Comparison comparison) {
        return s.metrics().entrySet().stream().map(e -> {
            Baseline.Delta d = comparison == null ? null : comparison.deltas().stream()
                    .filter(x -> x.suite().equals(s.suite()) && x.metric().equals(e.getKey())).findFirst().orElse(null);
            return new MetricView(e.getKey(), finite(e.getValue()), d == null ? null : finite(d.baseline()),
                    d == null ? null : finite(d.tolerance()), d == null ? "" : d.change().name().toLowerCase(java.util.Locale.ROOT),
                    Baseline.lowerIsBetter(e.getKey()));
        }).toList();
    }

    /** NaN (a metric over no case) cannot be written as JSON: it is "no value". */
    private static Double finite(Double v) {
        return v == null || v.isNaN() || v.isInfinite() ? null : v;
    }

    private Map<String, String> partnerNames(RunResult run) {
        Set<String> ids = new LinkedHashSet<>();
        run.suites().forEach(s -> s.cases().forEach(c -> {
            ids.addAll(c.expectedPartners());
            ids.addAll(c.gotPartners());
        }));
        return names(ids);
    }

    private Map<String, String> names(Collection<String> ids) {
        return partners.findAll(ids).stream().collect(Collectors.toMap(Partner::id, Partner::name, (a, b) -> a));
    }

    private static List<PartnerRef> refs(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> new PartnerRef(id, names.get(id))).toList();
    }
}
