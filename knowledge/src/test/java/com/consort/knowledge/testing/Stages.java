package com.consort.knowledge.testing;

import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.CorpusTerms;
import com.consort.knowledge.Embedder;
import com.consort.knowledge.KeywordIndex;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.internal.document.Chunker;
import com.consort.knowledge.internal.document.DocumentParser;
import com.consort.knowledge.internal.search.QueryUnderstanding;
import com.consort.knowledge.internal.storage.PgKeywordIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The knowledge module's inner stages for other modules' benchmarks and tests that time or count one stage on its own:
 * parsing and chunking as ingest does, the PostgreSQL keyword index with its knobs, partner search over a chunk search
 * of the caller's, and a query understanding that records what it reads. Their production code uses only the
 * module's public package; this is the one place outside the module that reaches behind it.
 */
public final class Stages {

    private Stages() {
    }

    /** The texts ingest embeds for a document (each chunk's context line, then its text), chunked at {@code maxChars}. */
    public static List<String> chunkTexts(ApplicationContext context, byte[] content, String fileName, int maxChars) {
        var parsed = context.getBean(DocumentParser.class).parse(content, fileName);
        List<String> texts = new ArrayList<>();
        new Chunker(maxChars).chunk(parsed.title() == null ? fileName : parsed.title(), parsed)
                .forEach(piece -> texts.add(piece.context() + "\n" + piece.text()));
        return texts;
    }

    /** PostgreSQL's keyword index as the server builds it. */
    public static KeywordIndex postgresKeywords(JdbcTemplate jdbc) {
        return new PgKeywordIndex(jdbc);
    }

    /**
     * PostgreSQL's keyword index with its knobs: terms in more than {@code commonShare} of the chunks select none
     * (1: every term selects), and up to {@code exactPool} selected chunks are scored exactly.
     */
    public static KeywordIndex postgresKeywords(JdbcTemplate jdbc, double commonShare, int exactPool) {
        return new PgKeywordIndex(jdbc, commonShare, exactPool);
    }

    /** The share of chunks above which a term selects none, as the server runs. */
    public static double commonShare() {
        return PgKeywordIndex.COMMON_SHARE;
    }

    /** How many selected chunks the server's keyword index scores exactly. */
    public static int exactPool() {
        return PgKeywordIndex.EXACT_POOL;
    }

    /** Partner search over the context's beans, but with the given chunk search (another fusion, say). */
    public static PartnerSearch partnerSearch(ApplicationContext context, ChunkSearch chunks) {
        return new PartnerSearch(context.getBean(PartnerRepository.class), context.getBean(QueryUnderstanding.class),
                chunks, context.getBean(Vocabulary.class), List.of(),
                PartnerSearch.Ordering.NONE, context.getBeanProvider(CorpusTerms.class).getIfAvailable());
    }

    /**
     * Registers, before the knowledge configuration's own bean of the name (which then stands aside), a query
     * understanding that records each text it reads; returns that record.
     */
    public static List<String> recordQuestionsRead(GenericApplicationContext context) {
        List<String> read = new CopyOnWriteArrayList<>();
        context.registerBean("queryUnderstanding", QueryUnderstanding.class, () -> new QueryUnderstanding(
                context.getBean(Vocabulary.class), context.getBean(PartnerRepository.class), null) {
            @Override
            public Constraints understand(String question) {
                read.add(question);
                return super.understand(question);
            }
        });
        return read;
    }
}
