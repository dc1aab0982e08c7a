package com.consort.eval.suite;

import com.consort.eval.assistant.AssistantUnderTest;
import com.consort.eval.content.ContentUnderTest;
import com.consort.eval.judge.Judge;
import com.consort.eval.retrieval.RetrievalEvaluator;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.RetrievalMode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the suites run against. {@code assistant}, {@code content} and {@code judge} may be null: their
 * cases or assertions are then skipped with a notice in every report.
 */
public record Targets(RetrievalEvaluator retrieval, RetrievalMode retrievalMode, AssistantUnderTest assistant,
        ContentUnderTest content, Judge judge, PartnerRepository partners, DocumentRepository documents, JdbcTemplate jdbc) {

    public Targets withRetrievalMode(RetrievalMode mode) {
        return new Targets(retrieval, mode, assistant, content, judge, partners, documents, jdbc);
    }

    public Targets withAssistant(AssistantUnderTest other) {
        return new Targets(retrieval, retrievalMode, other, content, judge, partners, documents, jdbc);
    }

    public Targets withContent(ContentUnderTest other) {
        return new Targets(retrieval, retrievalMode, assistant, other, judge, partners, documents, jdbc);
    }

    public Targets withJudge(Judge other) {
        return new Targets(retrieval, retrievalMode, assistant, content, other, partners, documents, jdbc);
    }
}
