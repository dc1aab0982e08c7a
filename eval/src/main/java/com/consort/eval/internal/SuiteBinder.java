package com.consort.eval.internal;

import com.consort.eval.EvalRunner;
import com.consort.eval.SuiteFile;
import com.consort.eval.Targets;
import com.consort.eval.internal.assistant.AssistantEvalSuite;
import com.consort.eval.internal.content.ContentEvalSuite;
import com.consort.eval.internal.retrieval.RetrievalEvalSuite;
import com.consort.eval.internal.retrieval.RetrievalEvaluator;
import com.consort.eval.internal.retrieval.RetrievalSuite;
import com.consort.eval.internal.run.EvalSuite;
import com.consort.eval.internal.run.SuiteRunner;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@link EvalRunner.Factory}: each suite file bound by its kind (retrieval, assistant, content), run by a {@link SuiteRunner}. */
final class SuiteBinder implements EvalRunner.Factory {

    @Override
    public EvalRunner of(List<SuiteFile> files, Targets targets) {
        return new SuiteRunner(files.stream().map(file -> bind(file, targets)).toList());
    }

    static EvalSuite bind(SuiteFile file, Targets targets) {
        Map<String, Object> yaml = file.yaml();
        var retrieval = new RetrievalEvaluator(targets.search(), targets.partners(), targets.vocabulary());
        return switch (file.kind()) {
            case "retrieval" -> new RetrievalEvalSuite(RetrievalSuite.parse(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8))),
                    retrieval, targets.retrievalMode());
            case "assistant" -> new AssistantEvalSuite(file.name(), file.description(), AssistantEvalSuite.parseCases(yaml),
                    targets.assistant(), targets.judge(), retrieval, targets.partners(), targets.documents());
            case "content" -> new ContentEvalSuite(file.name(), file.description(), ContentEvalSuite.parseCases(yaml),
                    targets.content(), targets.judge(), targets.documents(), targets.jdbc());
            default -> throw new IllegalArgumentException("Unknown suite kind " + file.kind());
        };
    }
}
