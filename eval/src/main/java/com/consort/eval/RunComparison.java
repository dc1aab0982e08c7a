package com.consort.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two runs side by side, as an evaluator compares them: every metric of both with its change (which way
 * is better comes from {@link Baseline#lowerIsBetter}), and the cases whose outcome changed, broken ones
 * first. Cases are matched by suite and id; a suite only one run has counts its cases as added or removed.
 *
 * @param stillFailing cases that failed in both runs
 * @param unchanged cases with the same outcome in both runs (still failing ones included)
 */
public record RunComparison(List<MetricChange> metrics, List<CaseChange> cases, int unchanged, int stillFailing) {

    public enum Direction { BETTER, WORSE, SAME, NEW, GONE }

    /** {@code base}, {@code head} and {@code delta} are null where a run has no value (a metric of no case, or a suite it did not run). */
    public record MetricChange(String suite, String metric, Double base, Double head, Double delta, boolean lowerIsBetter,
            Direction direction) {
    }

    public enum Change { BROKEN, FIXED, CHANGED, ADDED, REMOVED }

    /** {@code base} and {@code head}: "passed", "failed", "skipped", or null when the run does not have the case. */
    public record CaseChange(String suite, String id, String base, String head, Change change) {
    }

    public static RunComparison of(RunResult base, RunResult head) {
        Map<String, SuiteResult> baseSuites = bySuite(base);
        Map<String, SuiteResult> headSuites = bySuite(head);
        Set<String> suites = new LinkedHashSet<>(baseSuites.keySet());
        suites.addAll(headSuites.keySet());

        List<MetricChange> metrics = new ArrayList<>();
        List<CaseChange> cases = new ArrayList<>();
        int unchanged = 0;
        int stillFailing = 0;
        for (String suite : suites) {
            Map<String, Double> b = baseSuites.containsKey(suite) ? baseSuites.get(suite).metrics() : Map.of();
            Map<String, Double> h = headSuites.containsKey(suite) ? headSuites.get(suite).metrics() : Map.of();
            Set<String> names = new LinkedHashSet<>(b.keySet());
            names.addAll(h.keySet());
            for (String metric : names) {
                metrics.add(metric(suite, metric, value(b.get(metric)), value(h.get(metric))));
            }
            Map<String, String> before = outcomes(baseSuites.get(suite));
            Map<String, String> after = outcomes(headSuites.get(suite));
            Set<String> ids = new LinkedHashSet<>(before.keySet());
            ids.addAll(after.keySet());
            for (String id : ids) {
                String was = before.get(id);
                String is = after.get(id);
                if (was != null && was.equals(is)) {
                    unchanged++;
                    stillFailing += was.equals("failed") ? 1 : 0;
                    continue;
                }
                Change change = was == null ? Change.ADDED : is == null ? Change.REMOVED
                        : is.equals("failed") ? Change.BROKEN : was.equals("failed") && is.equals("passed") ? Change.FIXED
                        : Change.CHANGED;
                cases.add(new CaseChange(suite, id, was, is, change));
            }
        }
        // broken cases are what a comparison is opened for
        cases.sort(Comparator.comparing(CaseChange::change));
        return new RunComparison(metrics, List.copyOf(cases), unchanged, stillFailing);
    }

    private static MetricChange metric(String suite, String metric, Double base, Double head) {
        boolean lower = Baseline.lowerIsBetter(metric);
        if (base == null || head == null) {
            return new MetricChange(suite, metric, base, head, null, lower, base == null && head == null ? Direction.SAME
                    : base == null ? Direction.NEW : Direction.GONE);
        }
        double delta = head - base;
        // the same epsilon as the baseline gate: float noise is no change
        Direction direction = Math.abs(delta) < 1e-9 ? Direction.SAME
                : (delta < 0) == lower ? Direction.BETTER : Direction.WORSE;
        return new MetricChange(suite, metric, base, head, delta, lower, direction);
    }

    private static Double value(Double v) {
        return v == null || v.isNaN() || v.isInfinite() ? null : v;
    }

    private static Map<String, SuiteResult> bySuite(RunResult run) {
        Map<String, SuiteResult> out = new LinkedHashMap<>();
        run.suites().forEach(s -> out.put(s.suite(), s));
        return out;
    }

    private static Map<String, String> outcomes(SuiteResult suite) {
        Map<String, String> out = new LinkedHashMap<>();
        if (suite != null) {
            suite.cases().forEach(c -> out.put(c.id(), c.status()));
        }
        return out;
    }
}
