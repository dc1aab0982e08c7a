package com.consort.eval;

import java.util.List;
import java.util.Map;

/** A suite's cases and its metrics (see {@link Metrics} for which direction is better). */
public record SuiteResult(String suite, String kind, String description, List<CaseResult> cases, Map<String, Double> metrics) {

    public long passed() {
        return cases.stream().filter(c -> c.passed() && !c.skipped()).count();
    }

    public long failed() {
        return cases.stream().filter(c -> !c.passed()).count();
    }

    public long skipped() {
        return cases.stream().filter(CaseResult::skipped).count();
    }
}
