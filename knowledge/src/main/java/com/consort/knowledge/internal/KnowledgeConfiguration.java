package com.consort.knowledge.internal;

import com.consort.knowledge.BulkImport;
import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.CorpusTerms;
import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.Embedder;
import com.consort.knowledge.ExposureLog;
import com.consort.knowledge.ExposureSettings;
import com.consort.knowledge.FairExposure;
import com.consort.knowledge.KeywordIndex;
import com.consort.knowledge.KnowledgeSettings;
import com.consort.knowledge.Opportunities;
import com.consort.knowledge.OpportunityRepository;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.PartnerNames;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.StorageKind;
import com.consort.knowledge.TrackRecord;
import com.consort.knowledge.TrackRecordSettings;
import com.consort.knowledge.VectorIndex;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.internal.document.Chunker;
import com.consort.knowledge.internal.document.DocumentParser;
import com.consort.knowledge.internal.document.DocumentReading;
import com.consort.knowledge.internal.embedding.OnnxEmbedder;
import com.consort.knowledge.internal.embedding.RemoteEmbedder;
import com.consort.knowledge.internal.partner.PartnerFileReader;
import com.consort.knowledge.internal.search.QueryUnderstanding;
import com.consort.knowledge.internal.search.SemanticReading;
import com.consort.knowledge.internal.storage.InProcessKeywordIndex;
import com.consort.knowledge.internal.storage.PgKeywordIndex;
import com.consort.knowledge.internal.track.OpportunityFileReader;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The knowledge module's beans; {@link com.consort.knowledge.internal.storage.StorageConfiguration} picks the indexes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KnowledgeSettings.class, TrackRecordSettings.class, ExposureSettings.class})
public class KnowledgeConfiguration {

    /**
     * The JSON mapper when the context has none of its own: the module's tests run without Boot's auto-configuration;
     * in the server every class here takes Boot's {@code JsonMapper}.
     */
    private static final JsonMapper DEFAULT_JSON = JsonMapper.builder().build();

    @Bean
    Vocabulary vocabulary() {
        return Vocabulary.standard();
    }

    @Bean
    Embedder embedder(KnowledgeSettings settings) {
        var remote = settings.embedding();
        if (remote != null && remote.remote()) {
            return new RemoteEmbedder(remote.baseUrl(), remote.apiKey(), remote.model(), remote.timeout()).verified();
        }
        return new OnnxEmbedder(settings.embeddingThreads()); // closed by Spring: it is AutoCloseable
    }

    @Bean(destroyMethod = "close")
    DocumentParser documentParser(KnowledgeSettings settings) {
        return new DocumentParser(settings.maxTextChars(), settings.parseTimeout(), settings.parserThreads());
    }

    @Bean
    KeywordIndex keywordIndex(StorageKind kind, JdbcTemplate jdbc) {
        return kind == StorageKind.POSTGRES ? new PgKeywordIndex(jdbc) : new InProcessKeywordIndex(jdbc);
    }

    @Bean
    PartnerRepository partnerRepository(JdbcTemplate jdbc, ObjectProvider<JsonMapper> json) {
        return new PartnerRepository(jdbc, json.getIfAvailable(() -> DEFAULT_JSON));
    }

    @Bean
    PartnerNames partnerNames(PartnerRepository partners) {
        return new PartnerNames(partners);
    }

    @Bean
    DocumentRepository documentRepository(JdbcTemplate jdbc) {
        return new DocumentRepository(jdbc);
    }

    @Bean
    DocumentIngestor documentIngestor(DocumentRepository documents, DocumentParser parser, Embedder embedder,
            VectorIndex vectors, KeywordIndex keywords, PlatformTransactionManager transactions,
            PartnerRepository partners, KnowledgeSettings settings, Vocabulary vocabulary, PartnerNames partnerNames) {
        return new DocumentIngestor(documents, new DocumentReading(parser, new Chunker(settings.chunkChars()), vocabulary),
                embedder, vectors, keywords, new TransactionTemplate(transactions), settings.maxDocumentSize().toBytes(),
                id -> partners.find(id).isPresent(), partnerNames);
    }

    @Bean
    PartnerDirectory partnerDirectory(PartnerRepository partners, Vocabulary vocabulary, DocumentIngestor ingestor,
            PlatformTransactionManager transactions) {
        return new PartnerDirectory(partners, new PartnerFileReader(vocabulary), ingestor, vocabulary,
                new TransactionTemplate(transactions));
    }

    @Bean
    BulkImport bulkImport(PartnerDirectory directory, DocumentIngestor ingestor, KeywordIndex keywords, Opportunities opportunities) {
        return new BulkImport(directory, ingestor, keywords, opportunities);
    }

    /**
     * A pool of its own on purpose: the vector and keyword halves of a chunk search run side by side, two
     * threads at most, and when both are busy the caller runs its half itself (no queue to wait in).
     */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolExecutor retrievalPool() {
        var pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "consort-retrieval");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        return pool;
    }

    @Bean
    ChunkSearch chunkSearch(Embedder embedder, VectorIndex vectors, KeywordIndex keywords, DocumentRepository documents,
            ThreadPoolExecutor retrievalPool, KnowledgeSettings settings) {
        return new ChunkSearch(embedder, vectors, keywords, documents, retrievalPool, ChunkSearch.ReciprocalRankFuser.DEFAULT,
                new ChunkSearch.RelativeScoreFuser(1 - settings.partnerKeywordWeight(), settings.partnerKeywordWeight()));
    }

    @Bean
    QueryUnderstanding queryUnderstanding(Vocabulary vocabulary, PartnerRepository partners, Embedder embedder,
            KnowledgeSettings settings) {
        double threshold = settings.semanticThreshold();
        return new QueryUnderstanding(vocabulary, partners, threshold > 1 ? null : new SemanticReading(embedder, threshold));
    }

    @Bean
    PartnerSearch partnerSearch(PartnerRepository partners, QueryUnderstanding understanding, ChunkSearch chunks,
            Vocabulary vocabulary, TrackRecord trackRecord, FairExposure exposure, CorpusTerms corpus) {
        return new PartnerSearch(partners, understanding, chunks, vocabulary,
                trackRecord.settings().maxBoost() > 0 ? List.of(trackRecord) : List.of(), exposure, corpus);
    }

    /** What the index says term by term, learnt from it: the word criteria of partner search and the assistant's. */
    @Bean
    CorpusTerms corpusTerms(KeywordIndex keywords, DocumentRepository documents, PartnerRepository partners) {
        // on PostgreSQL the keyword index keeps which stories and partners hold which terms: the heap does not grow with them
        return new CorpusTerms(documents, partners, keywords instanceof PgKeywordIndex postgres ? postgres.termHolders() : null);
    }

    @Bean
    FairExposure fairExposure(ExposureSettings settings) {
        return new FairExposure(settings);
    }

    @Bean
    ExposureLog exposureLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new ExposureLog(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    OpportunityRepository opportunityRepository(JdbcTemplate jdbc) {
        return new OpportunityRepository(jdbc);
    }

    @Bean
    TrackRecord trackRecord(OpportunityRepository opportunities, Vocabulary vocabulary, TrackRecordSettings settings) {
        return new TrackRecord(opportunities, vocabulary, settings, Clock.systemUTC());
    }

    @Bean
    Opportunities opportunities(OpportunityRepository opportunities, PartnerRepository partners, Vocabulary vocabulary,
            TrackRecord trackRecord, PlatformTransactionManager transactions) {
        return new Opportunities(opportunities, partners, new OpportunityFileReader(vocabulary), trackRecord,
                new TransactionTemplate(transactions));
    }
}
