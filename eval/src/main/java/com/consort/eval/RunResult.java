package com.consort.eval;

import java.time.Instant;
import java.util.List;

/**
 * One run of one or more suites. {@code notices} are shown at the top of every report (for example
 * that LLM-as-judge assertions were skipped because no judge model is configured).
 */
public record RunResult(String id, Instant startedAt, Instant finishedAt, String mode, List<SuiteResult> suites,
        List<String> notices, Baseline.Comparison comparison) {

    public long cases() {
        return suites.stream().mapToLong(s -> s.cases().size()).sum();
    }

    public long passed() {
        return suites.stream().mapToLong(SuiteResult::passed).sum();
    }

    public long failed() {
        return suites.stream().mapToLong(SuiteResult::failed).sum();
    }

    public long skipped() {
        return suites.stream().mapToLong(SuiteResult::skipped).sum();
    }

    /** A run regressed when a metric fell beyond its tolerance against the baseline. */
    public boolean regressed() {
        return comparison != null && !comparison.regressions().isEmpty();
    }

    public RunResult withComparison(Baseline.Comparison comparison) {
        return new RunResult(id, startedAt, finishedAt, mode, suites, notices, comparison);
    }
}
