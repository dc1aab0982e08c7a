package com.consort.eval.internal.run;

import com.consort.eval.Assertion;
import com.consort.eval.CaseResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metrics every kind of suite computes the same way (which way is better: {@link com.consort.eval.Baseline#lowerIsBetter}). */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The metrics every suite has: the share of cases passed, and for each assertion name the share of
     * cases where it held (among those where it was checked, skipped ones left out).
     */
    public static Map<String, Double> common(List<CaseResult> results) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<CaseResult> ran = results.stream().filter(r -> !r.skipped()).toList();
        metrics.put("passRate", ran.stream().mapToDouble(r -> r.passed() ? 1 : 0).average().orElse(Double.NaN));
        Map<String, int[]> byName = new LinkedHashMap<>();
        for (CaseResult r : results) {
            for (Assertion a : r.assertions()) {
                if (a.status() != Assertion.Status.SKIPPED) {
                    int[] counts = byName.computeIfAbsent(a.name(), k -> new int[2]);
                    counts[0] += a.status() == Assertion.Status.PASSED ? 1 : 0;
                    counts[1]++;
                }
            }
        }
        byName.forEach((name, counts) -> metrics.put("assert." + name, (double) counts[0] / counts[1]));
        metrics.put("errors", (double) results.stream().filter(r -> r.assertions().stream()
                .anyMatch(a -> a.name().equals("runs"))).count());
        return metrics;
    }

    /** Average of a per-case score over the cases that have it; NaN when none has. */
    public static double average(List<CaseResult> results, String score) {
        return results.stream().filter(r -> r.scores().containsKey(score)).mapToDouble(r -> r.scores().get(score))
                .filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    public static double sum(List<CaseResult> results, String score) {
        return results.stream().filter(r -> r.scores().containsKey(score)).mapToDouble(r -> r.scores().get(score)).sum();
    }
}
