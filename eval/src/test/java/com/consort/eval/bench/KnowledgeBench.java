package com.consort.eval.bench;

import com.consort.knowledge.ImportFormat;
import com.consort.eval.internal.retrieval.RetrievalCase;
import com.consort.eval.internal.retrieval.RetrievalSuite;
import com.consort.knowledge.Chunk;
import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.Embedder;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.ChunkVector;
import com.consort.knowledge.KeywordIndex;
import com.consort.knowledge.VectorIndex;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.Stages;
import com.consort.knowledge.testing.TestStorage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Knowledge benchmark, both storage set-ups in one run ({@code scripts/bench.sh knowledge}):
 * <ol>
 * <li>ingest throughput of the demo case studies through {@link DocumentIngestor} (sniff, parse,
 * chunk, embed, store) against bare embedding of exactly the same chunk texts with the same model;</li>
 * <li>partner search latency (p50/p95/p99) over the demo suite's questions with the directory scaled
 * to 1,000 partners and 10,000 chunks.</li>
 * </ol>
 * Ratios are taken within one run, so the machine's speed cancels out.
 */
public final class KnowledgeBench {

    private static final int TARGET_PARTNERS = 1_000;
    private static final int TARGET_CHUNKS = 10_000;
    private static final int SEARCH_ROUNDS = 5;
    private static final int INGEST_ROUNDS = 3;

    record Doc(String file, String partnerId, byte[] content) {
    }

    /** Chunk texts of the demo stories with their embeddings, reused to scale the index up quickly. */
    record Embedded(List<String> texts, List<float[]> vectors) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/knowledge.md");
        Files.createDirectories(out.getParent());
        List<Doc> stories = caseStudies();
        RetrievalSuite suite = RetrievalSuite.load(Path.of("suites/retrieval-demo.yaml"));
        StringBuilder report = new StringBuilder("# Knowledge benchmark\n\n").append(machine());
        // BENCH_SETUPS=postgres (or embedded) measures one set-up only, for quicker iterations
        for (String setup : System.getenv().getOrDefault("BENCH_SETUPS", "embedded,postgres").split(",")) {
            DataSource dataSource = setup.equals("embedded")
                    ? TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "bench-"))
                    : TestStorage.postgres();
            try (AnnotationConfigApplicationContext context = KnowledgeContext.over(dataSource)) {
                report.append("## ").append(setup).append("\n\n");
                Embedded base = measureIngest(context, stories, report);
                scaleUp(context, base, report);
                measureSearch(context, suite, report);
            }
        }
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** Ingest of the demo stories against embedding their chunks alone, same model, same texts. */
    private static Embedded measureIngest(AnnotationConfigApplicationContext context, List<Doc> stories,
            StringBuilder report) throws Exception {
        try (InputStream partners = resource("demo/partners.csv")) {
            context.getBean(PartnerDirectory.class).importFile(partners, ImportFormat.CSV);
        }
        var ingestor = context.getBean(DocumentIngestor.class);
        var embedder = context.getBean(Embedder.class);
        // the texts the ingestor embeds, prepared outside the timed part of the baseline
        List<String> texts = new ArrayList<>();
        List<List<String>> textsPerStory = new ArrayList<>();
        for (Doc doc : stories) {
            List<String> storyTexts = Stages.chunkTexts(context, doc.content(), doc.file(), 900);
            textsPerStory.add(storyTexts);
            texts.addAll(storyTexts);
        }
        embedder.embedPassages(texts.subList(0, 32)); // warm-up
        // Bare and ingest runs alternate and the best of each is compared: on a shared machine the same
        // work can take 50% longer from one minute to the next, which would swamp a single pair.
        List<float[]> vectors = null;
        long bestBare = Long.MAX_VALUE;
        long bestIngest = Long.MAX_VALUE;
        int chunks = 0;
        for (int round = 0; round < INGEST_ROUNDS; round++) {
            long start = System.nanoTime();
            vectors = embedder.embedPassages(texts);
            bestBare = Math.min(bestBare, System.nanoTime() - start);

            List<String> ids = new ArrayList<>();
            chunks = 0;
            start = System.nanoTime();
            for (Doc doc : stories) {
                Document document = ingestor.ingest(new DocumentIngestor.Upload(doc.content(), doc.file(),
                        DocumentKind.CASE_STUDY, doc.partnerId(), null)).document();
                chunks += document.chunkCount();
                ids.add(document.id());
            }
            bestIngest = Math.min(bestIngest, System.nanoTime() - start);
            ids.forEach(ingestor::delete);
        }
        // Per story, bare embedding of its chunks then its ingest: both sides meet the same machine moments.
        long pairedBare = 0;
        long pairedIngest = 0;
        for (int i = 0; i < stories.size(); i++) {
            long start = System.nanoTime();
            embedder.embedPassages(textsPerStory.get(i));
            pairedBare += System.nanoTime() - start;
            Doc doc = stories.get(i);
            start = System.nanoTime();
            ingestor.ingest(new DocumentIngestor.Upload(doc.content(), doc.file(), DocumentKind.CASE_STUDY, doc.partnerId(), null));
            pairedIngest += System.nanoTime() - start;
        }
        double bare = texts.size() / (bestBare / 1e9);
        double ingest = chunks / (bestIngest / 1e9);
        report.append(String.format(Locale.ROOT, """
                Ingest of %d case studies (%d chunks; PDF, DOCX, HTML, Markdown), best of %d alternating rounds:

                | | chunks/s |
                | --- | ---: |
                | bare embedding (same model, same chunk texts, one batch) | %.1f |
                | Consort ingest (sniff, parse, chunk, embed, store, index) | %.1f |
                | ratio, best of each | %.2f |
                | **ratio, paired per story** (bare embedding of a story's chunks, then its ingest) | **%.2f** |

                """, stories.size(), chunks, INGEST_ROUNDS, bare, ingest, ingest / bare,
                (double) pairedBare / pairedIngest));
        return new Embedded(texts, vectors);
    }

    /**
     * Grows the directory to 1,000 partners and 10,000 chunks. Partners go through the importer; extra
     * chunks reuse the demo stories' texts and embeddings, slightly perturbed, and are written through
     * the same stores the ingestor uses (ingest speed is measured above, not here).
     */
    private static void scaleUp(AnnotationConfigApplicationContext context, Embedded base, StringBuilder report)
            throws Exception {
        var directory = context.getBean(PartnerDirectory.class);
        var documents = context.getBean(DocumentRepository.class);
        List<CSVRecord> rows = partnerRows();
        StringBuilder extra = new StringBuilder(String.join(",", rows.get(0).getParser().getHeaderNames())).append('\n');
        int existing = directory.count(Map.of(), true);
        for (int i = 0; existing + i < TARGET_PARTNERS; i++) {
            List<String> values = new ArrayList<>(rows.get(i % rows.size()).toList());
            values.set(0, "X" + String.format("%04d", i));
            values.set(1, values.get(1) + " " + (i + 2));
            extra.append(CSVFormat.DEFAULT.format(values.toArray())).append('\n');
        }
        directory.importFile(new ByteArrayInputStream(extra.toString().getBytes(StandardCharsets.UTF_8)),
                ImportFormat.CSV);
        List<String> partnerIds = directory.page(Map.of(), false, 0, TARGET_PARTNERS).stream().map(Partner::id).toList();
        long start = System.nanoTime();
        int variants = addVariantChunks(context, base, TARGET_CHUNKS, partnerIds, new Random(42), 0);
        report.append(String.format(Locale.ROOT, "Scaled to %d partners and %d chunks (%d story variants, %.0f s).%n%n",
                directory.count(Map.of(), true), documents.countChunks(), variants, (System.nanoTime() - start) / 1e9));
    }

    /**
     * Writes story variants until the index holds {@code targetChunks} chunks: demo chunk texts tagged
     * with an edition number and their real embeddings plus small Gaussian noise (sigma 0.01 per
     * dimension), through the same stores the ingestor writes to, one document per transaction as an
     * upload does. Returns the last variant number.
     */
    static int addVariantChunks(AnnotationConfigApplicationContext context, Embedded base, int targetChunks,
            List<String> partnerIds, Random random, int variantsSoFar) {
        return addVariantChunks(context, base, targetChunks, partnerIds, random, variantsSoFar, 1);
    }

    /** The same, {@code documentsPerTransaction} story variants of 8 chunks at a time (a bulk load). */
    static int addVariantChunks(AnnotationConfigApplicationContext context, Embedded base, int targetChunks,
            List<String> partnerIds, Random random, int variantsSoFar, int documentsPerTransaction) {
        var documents = context.getBean(DocumentRepository.class);
        var vectors = context.getBean(VectorIndex.class);
        var keywords = context.getBean(KeywordIndex.class);
        var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        int missing = targetChunks - documents.countChunks();
        int perDocument = 8;
        int variants = variantsSoFar;
        List<Runnable> batch = new ArrayList<>();
        for (int written = 0; written < missing; written += perDocument) {
            String id = "bench-" + (++variants);
            String partnerId = partnerIds.get(random.nextInt(partnerIds.size()));
            int count = Math.min(perDocument, missing - written);
            List<Chunk> chunks = new ArrayList<>();
            List<ChunkVector> rowsToIndex = new ArrayList<>();
            List<KeywordIndex.IndexedChunk> indexed = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                int source = random.nextInt(base.texts().size());
                String text = base.texts().get(source) + " (edition " + variants + ")";
                float[] vector = base.vectors().get(source).clone();
                for (int d = 0; d < vector.length; d++) {
                    vector[d] += (float) (random.nextGaussian() * 0.01);
                }
                chunks.add(new Chunk(id + ":" + c, id, partnerId, c, "page " + (c + 1), text));
                rowsToIndex.add(new ChunkVector(id + ":" + c, id, "case_study", partnerId, vector));
                indexed.add(new KeywordIndex.IndexedChunk(id + ":" + c, id, "case_study", partnerId, text));
            }
            Instant now = Instant.now();
            Document document = new Document(id, DocumentKind.CASE_STUDY, partnerId, "Story variant " + variants, null,
                    "text/plain", String.format("%064d", variants), 1, Document.Status.INDEXED, null, count, now, now);
            batch.add(() -> {
                documents.insert(document);
                documents.insertChunks(DocumentKind.CASE_STUDY, chunks);
                vectors.upsert(rowsToIndex);
                keywords.added(indexed);
            });
            if (batch.size() == documentsPerTransaction || written + perDocument >= missing) {
                transactions.executeWithoutResult(status -> batch.forEach(Runnable::run));
                batch.clear();
            }
        }
        keywords.refreshStatistics(); // as a bulk import does when it finishes
        return variants;
    }

    /** The chunk texts the ingestor would embed for these stories, and their embeddings. */
    static Embedded storyChunks(AnnotationConfigApplicationContext context, List<Doc> stories) {
        List<String> texts = new ArrayList<>();
        for (Doc doc : stories) {
            texts.addAll(Stages.chunkTexts(context, doc.content(), doc.file(), 900));
        }
        return new Embedded(texts, context.getBean(Embedder.class).embedPassages(texts));
    }

    private static void measureSearch(AnnotationConfigApplicationContext context, RetrievalSuite suite, StringBuilder report) {
        report.append("| partner search (").append(suite.cases().size()).append(" questions x ").append(SEARCH_ROUNDS)
                .append(" rounds) | p50 ms | p95 ms | p99 ms |\n| --- | ---: | ---: | ---: |\n");
        searchLatencies(context, suite, SEARCH_ROUNDS).forEach((mode, nanos) -> report.append(String.format(Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f |%n", mode.name().toLowerCase(), pct(nanos, 50), pct(nanos, 95), pct(nanos, 99))));
        report.append('\n');
    }

    /** Sorted partner-search latencies per retrieval mode: the suite's questions, {@code rounds} times, after a warm-up. */
    static Map<RetrievalMode, long[]> searchLatencies(AnnotationConfigApplicationContext context, RetrievalSuite suite, int rounds) {
        var search = context.getBean(PartnerSearch.class);
        List<RetrievalCase> cases = suite.cases();
        for (RetrievalCase c : cases) { // warm-up
            search.search(new PartnerSearch.Query(c.question(), Constraints.NONE, 5, RetrievalMode.HYBRID));
        }
        Map<RetrievalMode, long[]> result = new EnumMap<>(RetrievalMode.class);
        for (RetrievalMode mode : RetrievalMode.values()) {
            long[] nanos = new long[cases.size() * rounds];
            int n = 0;
            for (int round = 0; round < rounds; round++) {
                for (RetrievalCase c : cases) {
                    long start = System.nanoTime();
                    search.search(new PartnerSearch.Query(c.question(), Constraints.NONE, 5, mode));
                    nanos[n++] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            result.put(mode, nanos);
        }
        return result;
    }

    static String machine() {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB\n\n";
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static List<Doc> caseStudies() throws Exception {
        List<Doc> docs = new ArrayList<>();
        try (var reader = new InputStreamReader(resource("demo/documents/documents.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("kind").equals("case_study")) {
                    try (InputStream in = resource("demo/documents/" + row.get("file"))) {
                        docs.add(new Doc(row.get("file"), row.get("partnerId").isBlank() ? null : row.get("partnerId"),
                                in.readAllBytes()));
                    }
                }
            }
        }
        return docs;
    }

    static List<CSVRecord> partnerRows() throws Exception {
        try (var reader = new InputStreamReader(resource("demo/partners.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords()
                    .stream().filter(r -> !r.get("id").isBlank() && !r.get("name").isBlank()).limit(700).toList();
        }
    }

    static InputStream resource(String path) {
        InputStream in = KnowledgeBench.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return in;
    }

    private KnowledgeBench() {
    }
}
