package com.consort.eval;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one case: the input as asked, the answer as given (text shown in the reports), every
 * assertion, and numeric scores the suite averages into its metrics. {@code expectedPartners} and
 * {@code gotPartners} are directory ids, for the cases that are about partners (retrieval and assistant):
 * the partners the case expects (all of them for retrieval, any of them for the assistant) and those the
 * answer gave, in its order; empty for other cases. Reports show them side by side, with names.
 */
public record CaseResult(String suite, String id, String input, String answer, List<Assertion> assertions,
        Map<String, Double> scores, long millis, List<String> expectedPartners, List<String> gotPartners) {

    public CaseResult {
        assertions = List.copyOf(assertions);
        scores = Map.copyOf(scores);
        // runs stored before these fields existed read back as "nothing expected"
        expectedPartners = expectedPartners == null ? List.of() : List.copyOf(expectedPartners);
        gotPartners = gotPartners == null ? List.of() : List.copyOf(gotPartners);
    }

    /** A case that is not about partners. */
    public CaseResult(String suite, String id, String input, String answer, List<Assertion> assertions,
            Map<String, Double> scores, long millis) {
        this(suite, id, input, answer, assertions, scores, millis, List.of(), List.of());
    }

    /** Passed when no assertion failed; a case whose every assertion was skipped is skipped. */
    public boolean passed() {
        return assertions.stream().noneMatch(a -> a.status() == Assertion.Status.FAILED);
    }

    public boolean skipped() {
        return !assertions.isEmpty() && assertions.stream().allMatch(a -> a.status() == Assertion.Status.SKIPPED);
    }

    /** "passed", "failed" or "skipped", as the reports and the stored case outcomes name it. */
    public String status() {
        return skipped() ? "skipped" : passed() ? "passed" : "failed";
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
