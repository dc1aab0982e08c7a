package com.consort.eval;

/**
 * An LLM that grades an answer against a criterion (faithfulness: every statement supported by the
 * context; relevance: the answer addresses the question). Optional: without one, judge assertions are
 * skipped and every report says so.
 */
public interface Judge {

    /** The criteria a suite may ask for. */
    java.util.Set<String> CRITERIA = java.util.Set.of("faithfulness", "relevance");

    /** Which model judges, shown in the reports. */
    String model();

    Verdict judge(String criterion, String question, String answer, String context);

    /** @param score 0 (fails the criterion) to 1 (meets it fully) */
    record Verdict(double score, String reason) {
    }

    static String skippedNotice(String suite) {
        return "LLM-as-judge assertions (faithfulness, relevance) in suite " + suite
                + " were SKIPPED: no judge model is configured (set consort.model.base-url and run with --mode llm).";
    }
}
