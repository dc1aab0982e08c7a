package com.consort.eval;

import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.Vocabulary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the suites run against: partner search (read in {@code retrievalMode}, its answers checked against the
 * directory and its vocabulary), the assistant, the content studio and the judge. {@code assistant},
 * {@code content} and {@code judge} may be null: their cases or assertions are then skipped with a notice in
 * every report.
 */
public record Targets(PartnerSearch search, Vocabulary vocabulary, RetrievalMode retrievalMode, AssistantUnderTest assistant,
        ContentUnderTest content, Judge judge, PartnerRepository partners, DocumentRepository documents, JdbcTemplate jdbc) {

    public Targets withRetrievalMode(RetrievalMode mode) {
        return new Targets(search, vocabulary, mode, assistant, content, judge, partners, documents, jdbc);
    }

    public Targets withAssistant(AssistantUnderTest other) {
        return new Targets(search, vocabulary, retrievalMode, other, content, judge, partners, documents, jdbc);
    }

    public Targets withContent(ContentUnderTest other) {
        return new Targets(search, vocabulary, retrievalMode, assistant, other, judge, partners, documents, jdbc);
    }

    public Targets withJudge(Judge other) {
        return new Targets(search, vocabulary, retrievalMode, assistant, content, other, partners, documents, jdbc);
    }
}
