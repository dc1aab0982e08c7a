package com.consort.server.eval;

import com.consort.eval.assistant.AssistantUnderTest;
import com.consort.eval.judge.Judge;
import com.consort.eval.suite.Targets;
import com.consort.knowledge.RetrievalMode;

/**
 * This server's systems under test. Offline runs never use a model (no judge); LLM runs use the
 * configured chat model for the assistant and the studio, and as the judge.
 */
final class EvalTargets {

    private final Targets offline;
    private final Judge judge;
    private final String assistantMode;

    EvalTargets(Targets offline, Judge judge, String assistantMode) {
        this.offline = offline;
        this.judge = judge;
        this.assistantMode = assistantMode;
    }

    /** offline, or llm when this server's assistant writes its answers with the configured model. */
    String assistantMode() {
        return assistantMode;
    }

    boolean modelConfigured() {
        return judge != null;
    }

    Targets forMode(String mode, RetrievalMode retrieval) {
        Targets t = offline.withRetrievalMode(retrieval);
        return "llm".equals(mode) ? t.withJudge(judge) : t;
    }

    /** Test seam: the same targets with another assistant (for example one with an edited prompt). */
    EvalTargets withAssistant(AssistantUnderTest assistant) {
        return new EvalTargets(offline.withAssistant(assistant), judge, assistantMode);
    }
}
