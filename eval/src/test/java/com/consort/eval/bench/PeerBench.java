package com.consort.eval.bench;

import com.consort.knowledge.ImportFormat;
import com.consort.eval.bench.KnowledgeBench.Doc;
import com.consort.eval.internal.retrieval.RetrievalCase;
import com.consort.eval.internal.retrieval.RetrievalEvaluator;
import com.consort.eval.internal.retrieval.RetrievalSuite;
import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.Embedder;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.Scope;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.Stages;
import com.consort.knowledge.testing.TestStorage;
import com.pgvector.PGvector;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.parser.apache.tika.ApacheTikaDocumentParser;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.ai.reader.tika.TikaDocumentReader;
import org.springframework.ai.transformer.splitter.TokenTextSplitter;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.pgvector.PgVectorStore;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consort against what a Java team would assemble instead, on the same PostgreSQL + pgvector, the
 * same demo documents and the same in-process bge-small-en-v1.5-q model, in one run
 * ({@code scripts/bench.sh peers}):
 * <ul>
 * <li>LangChain4j: {@link ApacheTikaDocumentParser}, recursive splitter, {@link EmbeddingStoreIngestor}
 * into {@link PgVectorEmbeddingStore};</li>
 * <li>Spring AI: {@link TikaDocumentReader}, {@link TokenTextSplitter}, {@link PgVectorStore};</li>
 * <li>the limits: bare embedding of Consort's chunk texts, and a bare pgvector top-k query.</li>
 * </ul>
 * Ingest is paired per story (each system ingests a story in turn, order rotating), so every system
 * meets the same moments of a shared machine. Peers rank chunks, so their partner list is the
 * partners of their top {@value #PEER_TOP_K} chunks in order, first {@value #K} distinct.
 */
public final class PeerBench {

    private static final int INGEST_ROUNDS = 3;
    private static final int SEARCH_ROUNDS = 5;
    private static final int PEER_TOP_K = 20;
    private static final int K = 5;
    private static final int CHUNK_CHARS = 900;

    /** One system under test: ingests a story, answers a question with partner ids best first. */
    interface System_ {
        String name();

        int ingest(Doc doc) throws Exception;

        List<String> partners(String question);

        void clear();
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/peers.md");
        Files.createDirectories(out.getParent());
        List<Doc> stories = KnowledgeBench.caseStudies();
        RetrievalSuite suite = RetrievalSuite.load(Path.of("suites/retrieval-demo.yaml"));
        DataSource dataSource = TestStorage.postgres();
        ExecutorService modelThreads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "peer-embedding");
            t.setDaemon(true);
            return t;
        });
        StringBuilder report = new StringBuilder("# Consort and its peers\n\n").append(KnowledgeBench.machine());
        try (AnnotationConfigApplicationContext context = KnowledgeContext.over(dataSource)) {
            try (InputStream partners = KnowledgeBench.resource("demo/partners.csv")) {
                context.getBean(PartnerDirectory.class).importFile(partners, ImportFormat.CSV);
            }
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            // the same model class, weights and thread count as Consort's OnnxEmbedder
            var bge = new BgeSmallEnV15QuantizedEmbeddingModel(modelThreads);
            Consort consort = new Consort(context);
            Lc4j lc4j = new Lc4j(dataSource, bge, jdbc);
            Spring spring = new Spring(jdbc, bge);
            List<System_> systems = List.of(consort, lc4j, spring);

            // Consort's chunk texts per story: what the bare embedding baseline embeds
            var embedder = context.getBean(Embedder.class);
            List<List<String>> textsPerStory = new ArrayList<>();
            for (Doc doc : stories) {
                textsPerStory.add(Stages.chunkTexts(context, doc.content(), doc.file(), CHUNK_CHARS));
            }
            embedder.embedPassages(textsPerStory.get(0)); // warm-up
            bge.embedAll(textsPerStory.get(0).stream().map(TextSegment::from).toList());

            // ingest, paired per story, order rotating
            Map<String, Long> nanos = new LinkedHashMap<>();
            Map<String, Integer> chunks = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(List.of("bare"));
            systems.forEach(s -> names.add(s.name()));
            names.forEach(n -> nanos.put(n, 0L));
            for (int round = 0; round < INGEST_ROUNDS; round++) {
                if (round > 0) {
                    systems.forEach(System_::clear);
                }
                names.forEach(n -> chunks.put(n, 0));
                for (int i = 0; i < stories.size(); i++) {
                    for (int j = 0; j < names.size(); j++) {
                        String name = names.get((i + j) % names.size());
                        long start = System.nanoTime();
                        int made;
                        if (name.equals("bare")) {
                            made = embedder.embedPassages(textsPerStory.get(i)).size();
                        } else {
                            made = systems.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
                                    .ingest(stories.get(i));
                        }
                        nanos.merge(name, System.nanoTime() - start, Long::sum);
                        chunks.merge(name, made, Integer::sum);
                    }
                }
            }
            chunks.put(lc4j.name(), lc4j.stored());
            // the peers also get every partner profile Consort indexed (same text), untimed
            Map<String, String> profiles = profiles(jdbc);
            lc4j.addProfiles(profiles);
            spring.addProfiles(profiles);

            double storiesTotal = (double) stories.size() * INGEST_ROUNDS;
            double consortRate = storiesTotal / (nanos.get("Consort") / 1e9);
            report.append(String.format(Locale.ROOT, """
                    ## Ingest: %d case studies (PDF, DOCX, HTML, Markdown), %d rounds paired per story

                    | | stories/s | chunks per round | chunks/s | Consort ÷ this (stories/s) |
                    | --- | ---: | ---: | ---: | ---: |
                    """, stories.size(), INGEST_ROUNDS));
            for (String name : names) {
                double seconds = nanos.get(name) / 1e9;
                String label = name.equals("bare") ? "bare embedding of Consort's chunk texts (the limit)" : name;
                report.append(String.format(Locale.ROOT, "| %s | %.2f | %d | %.1f | %.2f |%n", label,
                        storiesTotal / seconds, chunks.get(name), chunks.get(name) * INGEST_ROUNDS / seconds,
                        consortRate / (storiesTotal / seconds)));
            }

            System.out.println(report);
            // search latency, interleaved per question
            List<RetrievalCase> cases = suite.cases();
            var chunkSearch = context.getBean(ChunkSearch.class);
            Map<String, Function<String, ?>> searches = new LinkedHashMap<>();
            searches.put("Consort partner search (hybrid, top 5 partners)", q -> consort.partners(q));
            searches.put("Consort chunk search (hybrid, top 20 passages)",
                    q -> chunkSearch.search(q, PEER_TOP_K, Scope.ALL, RetrievalMode.HYBRID));
            searches.put(lc4j.name() + " (top 20 chunks)", q -> lc4j.partners(q));
            searches.put(spring.name() + " (top 20 chunks)", q -> spring.partners(q));
            searches.put("bare pgvector: query embedding + one top-20 SQL (the limit)",
                    q -> barePgvector(jdbc, embedder.embedQuery(q)));
            Map<String, float[]> queryVectors = new LinkedHashMap<>();
            cases.forEach(c -> queryVectors.put(question(c), embedder.embedQuery(question(c))));
            searches.put("bare pgvector SQL only (embedding precomputed)", q -> barePgvector(jdbc, queryVectors.get(q)));
            for (RetrievalCase c : cases) { // warm-up
                searches.values().forEach(s -> s.apply(question(c)));
            }
            Map<String, long[]> latencies = new LinkedHashMap<>();
            searches.keySet().forEach(k -> latencies.put(k, new long[cases.size() * SEARCH_ROUNDS]));
            int n = 0;
            List<String> keys = new ArrayList<>(searches.keySet());
            for (int round = 0; round < SEARCH_ROUNDS; round++) {
                for (RetrievalCase c : cases) {
                    for (int j = 0; j < keys.size(); j++) {
                        String key = keys.get((n + j) % keys.size());
                        long start = System.nanoTime();
                        searches.get(key).apply(question(c));
                        latencies.get(key)[n] = System.nanoTime() - start;
                    }
                    n++;
                }
            }
            long[] consortTimes = sorted(latencies.get(keys.get(0)));
            report.append(String.format(Locale.ROOT, """

                    ## Search latency: %d questions x %d rounds, systems interleaved per question

                    | | p50 ms | p95 ms | p99 ms | Consort partner search p95 ÷ this p95 |
                    | --- | ---: | ---: | ---: | ---: |
                    """, cases.size(), SEARCH_ROUNDS));
            for (String key : keys) {
                long[] t = sorted(latencies.get(key));
                report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f |%n", key,
                        KnowledgeBench.pct(t, 50), KnowledgeBench.pct(t, 95), KnowledgeBench.pct(t, 99),
                        KnowledgeBench.pct(consortTimes, 95) / KnowledgeBench.pct(t, 95)));
            }

            System.out.println(report);
            // retrieval quality on the demo suite
            var evaluator = new RetrievalEvaluator(context.getBean(PartnerSearch.class),
                    context.getBean(PartnerRepository.class), context.getBean(Vocabulary.class));
            double consortRecall = evaluator.run(suite, RetrievalMode.HYBRID).metrics().get("recall@" + suite.k());
            double consortDense = evaluator.run(suite, RetrievalMode.DENSE).metrics().get("recall@" + suite.k());
            report.append(String.format(Locale.ROOT, """

                    ## Retrieval quality: recall@%d on the demo suite (%d cases with expected partners)

                    | | recall@%d | this ÷ Consort |
                    | --- | ---: | ---: |
                    | Consort partner search, hybrid | %.3f | 1.00 |
                    | Consort partner search, dense only | %.3f | %.2f |
                    """, K, (int) cases.stream().filter(c -> !c.noMatch()).count(), K, consortRecall, consortDense,
                    consortDense / consortRecall));
            for (System_ peer : List.of(lc4j, spring)) {
                double recall = recall(cases, peer::partners);
                report.append(String.format(Locale.ROOT, "| %s | %.3f | %.2f |%n", peer.name(), recall, recall / consortRecall));
            }
            report.append('\n');
        } finally {
            modelThreads.shutdownNow();
        }
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** A conversation is asked as its turns joined: what a plain retriever would be given. */
    private static String question(RetrievalCase c) {
        return String.join(" ", c.turns());
    }

    /** Mean recall@K over the cases with expected partners, as {@link RetrievalEvaluator} computes it. */
    private static double recall(List<RetrievalCase> cases, Function<String, List<String>> partners) {
        double sum = 0;
        int counted = 0;
        for (RetrievalCase c : cases) {
            if (c.noMatch()) {
                continue;
            }
            Set<String> expected = new LinkedHashSet<>(c.expected());
            long hits = partners.apply(question(c)).stream().limit(K).filter(expected::contains).count();
            sum += expected.isEmpty() ? 1 : (double) hits / Math.min(expected.size(), K);
            counted++;
        }
        return sum / counted;
    }

    private static List<String> barePgvector(JdbcTemplate jdbc, float[] query) {
        return jdbc.queryForList("SELECT partner_id FROM chunk_vector ORDER BY embedding <=> ? LIMIT ?", String.class,
                new PGvector(query), PEER_TOP_K);
    }

    private static List<String> distinctPartners(List<String> partnerIdsOfChunks) {
        return partnerIdsOfChunks.stream().filter(p -> p != null && !p.isBlank()).distinct().limit(K).toList();
    }

    /** Every profile's text as Consort indexed it, by partner id. */
    private static Map<String, String> profiles(JdbcTemplate jdbc) {
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.query("SELECT partner_id, text FROM chunk WHERE kind = 'profile' ORDER BY document_id, ordinal",
                rs -> {
                    texts.merge(rs.getString(1), rs.getString(2), (a, b) -> a + "\n\n" + b);
                });
        return texts;
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** Consort as the server runs it: DocumentIngestor and PartnerSearch. */
    private static final class Consort implements System_ {
        private final DocumentIngestor ingestor;
        private final PartnerSearch search;
        private final List<String> ids = new ArrayList<>();

        Consort(AnnotationConfigApplicationContext context) {
            this.ingestor = context.getBean(DocumentIngestor.class);
            this.search = context.getBean(PartnerSearch.class);
        }

        @Override
        public String name() {
            return "Consort";
        }

        @Override
        public int ingest(Doc doc) {
            var document = ingestor.ingest(new DocumentIngestor.Upload(doc.content(), doc.file(), DocumentKind.CASE_STUDY,
                    doc.partnerId(), null)).document();
            ids.add(document.id());
            return document.chunkCount();
        }

        @Override
        public List<String> partners(String question) {
            return search.search(new PartnerSearch.Query(question, Constraints.NONE, K, RetrievalMode.HYBRID)).results()
                    .stream().map(PartnerSearch.Result::partnerId).toList();
        }

        @Override
        public void clear() {
            ids.forEach(ingestor::delete);
            ids.clear();
        }
    }

    /** LangChain4j as its documentation assembles it. */
    private static final class Lc4j implements System_ {
        private static final String TABLE = "lc4j_bench";
        private final BgeSmallEnV15QuantizedEmbeddingModel model;
        private final PgVectorEmbeddingStore store;
        private final EmbeddingStoreIngestor ingestor;
        private final ApacheTikaDocumentParser parser = new ApacheTikaDocumentParser();
        private final JdbcTemplate jdbc;

        Lc4j(DataSource dataSource, BgeSmallEnV15QuantizedEmbeddingModel model, JdbcTemplate jdbc) {
            this.model = model;
            this.jdbc = jdbc;
            this.store = PgVectorEmbeddingStore.datasourceBuilder().datasource(dataSource).table(TABLE).dimension(384)
                    .createTable(true).dropTableFirst(true).build();
            this.ingestor = EmbeddingStoreIngestor.builder()
                    .documentSplitter(DocumentSplitters.recursive(CHUNK_CHARS, 90))
                    .embeddingModel(model).embeddingStore(store).build();
        }

        @Override
        public String name() {
            return "LangChain4j 1.16.3 EmbeddingStoreIngestor + PgVectorEmbeddingStore 1.13.0-beta23";
        }

        @Override
        public int ingest(Doc doc) throws Exception {
            var document = parser.parse(new ByteArrayInputStream(doc.content()));
            if (doc.partnerId() != null) {
                document.metadata().put("partnerId", doc.partnerId());
            }
            ingestor.ingest(document);
            return 0; // the ingestor does not say how many segments it stored: counted after the round
        }

        int stored() {
            return jdbc.queryForObject("SELECT count(*) FROM " + TABLE, Integer.class);
        }

        void addProfiles(Map<String, String> profiles) {
            List<dev.langchain4j.data.document.Document> documents = new ArrayList<>();
            profiles.forEach((partner, text) -> documents.add(dev.langchain4j.data.document.Document.from(text,
                    Metadata.from("partnerId", partner))));
            ingestor.ingest(documents);
        }

        @Override
        public List<String> partners(String question) {
            var matches = store.search(EmbeddingSearchRequest.builder().queryEmbedding(model.embed(question).content())
                    .maxResults(PEER_TOP_K).build()).matches();
            return distinctPartners(matches.stream().map(m -> m.embedded().metadata().getString("partnerId")).toList());
        }

        @Override
        public void clear() {
            jdbc.execute("TRUNCATE " + TABLE);
        }
    }

    /** Spring AI as its reference documentation assembles it. */
    private static final class Spring implements System_ {
        private static final String TABLE = "spring_ai_bench";
        private final PgVectorStore store;
        private final TokenTextSplitter splitter = TokenTextSplitter.builder().withChunkSize(CHUNK_CHARS / 4).build();
        private final JdbcTemplate jdbc;

        Spring(JdbcTemplate jdbc, BgeSmallEnV15QuantizedEmbeddingModel model) {
            this.jdbc = jdbc;
            this.store = PgVectorStore.builder(jdbc, new BgeSpringAiEmbeddingModel(model)).vectorTableName(TABLE)
                    .dimensions(384).initializeSchema(true).removeExistingVectorStoreTable(true).build();
            store.afterPropertiesSet();
        }

        @Override
        public String name() {
            return "Spring AI 2.0.0 TikaDocumentReader + TokenTextSplitter + PgVectorStore";
        }

        @Override
        public int ingest(Doc doc) {
            var resource = new ByteArrayResource(doc.content()) {
                @Override
                public String getFilename() {
                    return doc.file();
                }
            };
            var documents = new TikaDocumentReader(resource).get();
            if (doc.partnerId() != null) {
                documents.forEach(d -> d.getMetadata().put("partnerId", doc.partnerId()));
            }
            var chunks = splitter.apply(documents);
            store.add(chunks);
            return chunks.size();
        }

        void addProfiles(Map<String, String> profiles) {
            List<org.springframework.ai.document.Document> documents = new ArrayList<>();
            profiles.forEach((partner, text) -> documents.add(new org.springframework.ai.document.Document(text,
                    Map.of("partnerId", partner))));
            store.add(splitter.apply(documents));
        }

        @Override
        public List<String> partners(String question) {
            return distinctPartners(store.similaritySearch(SearchRequest.builder().query(question).topK(PEER_TOP_K).build())
                    .stream().map(d -> (String) d.getMetadata().get("partnerId")).toList());
        }

        @Override
        public void clear() {
            jdbc.execute("TRUNCATE " + TABLE);
        }
    }

    private PeerBench() {
    }
}
