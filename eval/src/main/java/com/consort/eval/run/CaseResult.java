package com.consort.eval.run;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one case: the input as asked, the answer as given (text shown in the reports), every
 * assertion, and numeric scores the suite averages into its metrics.
 */
public record CaseResult(String suite, String id, String input, String answer, List<Assertion> assertions,
        Map<String, Double> scores, long millis) {

    public CaseResult {
        assertions = List.copyOf(assertions);
        scores = Map.copyOf(scores);
    }

    /** Passed when no assertion failed; a case whose every assertion was skipped is skipped. */
    public boolean passed() {
        return assertions.stream().noneMatch(a -> a.status() == Assertion.Status.FAILED);
    }

    public boolean skipped() {
        return !assertions.isEmpty() && assertions.stream().allMatch(a -> a.status() == Assertion.Status.SKIPPED);
    }

    public List<Assertion> failures() {
        return assertions.stream().filter(a -> a.status() == Assertion.Status.FAILED).toList();
    }

    /** A case that could not run at all (the system under test threw): one failed assertion says why. */
    public static CaseResult error(String suite, String id, String input, Throwable e, long millis) {
        return new CaseResult(suite, id, input, "", List.of(Assertion.failed("runs", e.getClass().getSimpleName() + ": "
                + e.getMessage())), Map.of(), millis);
    }
}
