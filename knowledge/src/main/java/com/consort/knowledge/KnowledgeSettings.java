package com.consort.knowledge;

import com.consort.knowledge.internal.search.SemanticReading;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and sizes of ingestion, bound from {@code consort.knowledge.*}.
 *
 * @param maxDocumentSize largest file accepted for indexing
 * @param maxTextChars most characters of text extracted from one file (stops decompression bombs)
 * @param parseTimeout longest time one file may take to parse
 * @param chunkChars longest chunk, in characters (~200 tokens at 900)
 * @param embeddingThreads threads for in-process embedding, shared by all requests
 * @param parserThreads threads for parsing, shared by all requests
 * @param embedding a remote OpenAI-compatible embedding endpoint; none means the in-process model
 * @param semanticThreshold similarity above which a phrase of a question no word list matches is read as the nearest
 *     directory value (question understanding's semantic fallback); above 1 turns the fallback off
 * @param partnerKeywordWeight the keyword leg's weight when a hybrid partner search fuses its legs' normalised scores
 *     (the dense leg's is 1 minus it; docs/retrieval.md)
 */
@ConfigurationProperties("consort.knowledge")
public record KnowledgeSettings(@DefaultValue("25MB") DataSize maxDocumentSize,
        @DefaultValue("2000000") int maxTextChars, @DefaultValue("30s") Duration parseTimeout,
        @DefaultValue("900") int chunkChars, @DefaultValue("2") int embeddingThreads,
        @DefaultValue("2") int parserThreads, @DefaultValue Embedding embedding,
        @DefaultValue("" + SemanticReading.DEFAULT_THRESHOLD) double semanticThreshold,
        @DefaultValue("0.5") double partnerKeywordWeight) {

    public KnowledgeSettings {
        if (partnerKeywordWeight < 0 || partnerKeywordWeight > 1) {
            throw new IllegalArgumentException("consort.knowledge.partner-keyword-weight must be between 0 and 1, not "
                    + partnerKeywordWeight);
        }
    }

    public record Embedding(String baseUrl, String apiKey, String model, @DefaultValue("30s") Duration timeout) {
        public boolean remote() {
            return baseUrl != null && !baseUrl.isBlank();
        }
    }
}
