package com.consort.eval.suite;

import com.consort.eval.assistant.AssistantEvalSuite;
import com.consort.eval.content.ContentEvalSuite;
import com.consort.eval.retrieval.RetrievalEvalSuite;
import com.consort.eval.retrieval.RetrievalSuite;
import com.consort.eval.run.EvalSuite;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Binds a suite file to the system under test, by kind. */
public final class SuiteLoader {

    private SuiteLoader() {
    }

    public static EvalSuite bind(SuiteFile file, Targets targets) {
        Map<String, Object> yaml = file.yaml();
        return switch (file.kind()) {
            case "retrieval" -> new RetrievalEvalSuite(RetrievalSuite.parse(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8))),
                    targets.retrieval(), targets.retrievalMode());
            case "assistant" -> new AssistantEvalSuite(file.name(), file.description(), AssistantEvalSuite.parseCases(yaml),
                    targets.assistant(), targets.judge(), targets.retrieval(), targets.partners(), targets.documents());
            case "content" -> new ContentEvalSuite(file.name(), file.description(), ContentEvalSuite.parseCases(yaml),
                    targets.content(), targets.judge(), targets.documents(), targets.jdbc());
            default -> throw new IllegalArgumentException("Unknown suite kind " + file.kind());
        };
    }
}
