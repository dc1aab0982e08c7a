package com.consort.eval.bench;

import com.consort.assistant.Assistant;
import com.consort.eval.bench.KnowledgeBench.Embedded;
import com.consort.eval.internal.retrieval.RetrievalCase;
import com.consort.eval.internal.retrieval.RetrievalSuite;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.Embedder;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import com.consort.prompts.PromptRegistry;
import com.pgvector.PGvector;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hyperscaler's directory on PostgreSQL + pgvector ({@code scripts/bench.sh scale}, after the 100,000-chunk curve, or
 * {@code scripts/bench.sh hyperscale} alone): 100,000 partners and 1,000,000 chunks, measured against the demo's
 * directory in the same JVM and against the bare limit (query embedding plus one top-k SQL) in the same run.
 * <p>
 * How the directory is made. Partners: the demo's 800 rows, then variants of its 700 clean rows (a new id, the name
 * with a number) imported through {@link PartnerDirectory#importFile} in files of 10,000 rows: parse, validate, save
 * one partner per transaction, index each profile through the ingestor (chunk, embed, write, HNSW maintained as rows
 * arrive). Only the embedding is derived ({@link DerivedEmbedder}): a profile's text, digits aside, is embedded for
 * real once, its variants get that vector plus noise. Chunks: story variants as in {@link ScaleBench} (the demo case
 * studies' real chunks tagged with an edition, real embeddings plus noise) written through the same stores the
 * ingestor uses, 64 documents per transaction, with the HNSW index dropped during the load and built afterwards,
 * timed. Nothing on the query side is derived: questions are embedded by the ONNX model and searched by the server's
 * own code.
 * <p>
 * {@code HYPERSCALE_DB} (a JDBC URL, user {@code HYPERSCALE_USER}, default {@code consort}) keeps the generated
 * directory between runs: what is already there is not generated again, so a second run measures only.
 */
public final class HyperscaleBench {

    private static final int PARTNERS = Integer.parseInt(System.getenv().getOrDefault("HYPERSCALE_PARTNERS", "100000"));
    private static final int CHUNKS = Integer.parseInt(System.getenv().getOrDefault("HYPERSCALE_CHUNKS", "1000000"));
    private static final int IMPORT_FILE_ROWS = 10_000;
    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("HYPERSCALE_ROUNDS", "3"));
    private static final int TOP_K = 40;

    /** One measured state of the directory. */
    record Row(String label, int partners, int chunks, double[] filtered, double[] unfiltered, double[] dense,
            double[] keyword, double[] bare, double[] answer, double searchAllocKb, double answerAllocKb, double heapMb,
            double databaseMb, double hnswMb, double freshStartMs, String load, double[] namesScan, double[] namesIndexed) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/hyperscale.md");
        Files.createDirectories(out.getParent());
        RetrievalSuite suite = RetrievalSuite.load(Path.of("suites/retrieval-demo.yaml"));
        StringBuilder report = new StringBuilder("# A hyperscaler's directory: 100,000 partners, 1,000,000 chunks\n\n")
                .append(KnowledgeBench.machine());
        List<Row> rows = new ArrayList<>();
        StringBuilder build = new StringBuilder();

        // the demo's own directory first, in the same JVM: what the big one is compared with (HYPERSCALE_DEMO=false
        // skips it when re-measuring a kept directory)
        if (!"false".equals(System.getenv("HYPERSCALE_DEMO"))) {
            rows.add(measure("demo directory", demo(), suite));
            print(report, rows, build);
        }

        String url = System.getenv("HYPERSCALE_DB");
        if (url != null) { // a kept directory made before a later-numbered migration landed gets it out of order
            org.flywaydb.core.Flyway.configure().dataSource(url, System.getenv().getOrDefault("HYPERSCALE_USER", "consort"),
                    System.getenv().getOrDefault("HYPERSCALE_PASSWORD", "")).outOfOrder(true)
                    .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        }
        DataSource big = url == null ? TestStorage.postgres()
                : TestStorage.postgres(url, System.getenv().getOrDefault("HYPERSCALE_USER", "consort"),
                        System.getenv().getOrDefault("HYPERSCALE_PASSWORD", ""));
        JdbcTemplate jdbc = new JdbcTemplate(big);
        if (count(jdbc, "partner") < PARTNERS) {
            generatePartners(big, build);
            rows.add(measure("partners imported", big, suite));
            print(report, rows, build);
        }
        if (count(jdbc, "chunk") < CHUNKS) {
            generateChunks(big, build);
        }
        rows.add(measure("full directory", big, suite));
        print(report, rows, build);
        if (!"false".equals(System.getenv("HYPERSCALE_KEYWORD_POOL"))) {
            report.append(keywordPool(jdbc, suite));
        }
        report.append(notes());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** The demo's partners and case studies, as the demo loads them, in a new database. */
    private static DataSource demo() throws Exception {
        DataSource demo = TestStorage.postgres();
        try (var context = KnowledgeContext.unrefreshed(demo)) { // leaves the pool open for the measurement
            context.refresh();
            try (InputStream partners = KnowledgeBench.resource("demo/partners.csv")) {
                context.getBean(PartnerDirectory.class).importFile(partners, ImportFormat.CSV);
            }
            Embedded stories = KnowledgeBench.storyChunks(context, KnowledgeBench.caseStudies());
            KnowledgeBench.addVariantChunks(context, stories, context.getBean(DocumentRepository.class).countChunks()
                    + stories.texts().size(), partnerIds(context), new Random(7), 0);
        }
        return demo;
    }

    /** Partners through the real import path; only their profiles' embeddings are derived. */
    private static void generatePartners(DataSource dataSource, StringBuilder build) throws Exception {
        try (var context = generationContext(dataSource)) {
            var directory = context.getBean(PartnerDirectory.class);
            long start = System.nanoTime();
            try (InputStream partners = KnowledgeBench.resource("demo/partners.csv")) {
                directory.importFile(partners, ImportFormat.CSV);
            }
            List<CSVRecord> rows = KnowledgeBench.partnerRows();
            String header = String.join(",", rows.get(0).getParser().getHeaderNames()) + "\n";
            int existing = directory.count(java.util.Map.of(), true);
            for (int i = 0; existing + i < PARTNERS; ) {
                StringBuilder file = new StringBuilder(header);
                for (int n = 0; n < IMPORT_FILE_ROWS && existing + i < PARTNERS; n++, i++) {
                    List<String> values = new ArrayList<>(rows.get(i % rows.size()).toList());
                    values.set(0, String.format(Locale.ROOT, "H%06d", i));
                    values.set(1, values.get(1) + " " + (i / rows.size() + 2));
                    file.append(CSVFormat.DEFAULT.format(values.toArray())).append('\n');
                }
                directory.importFile(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                        ImportFormat.CSV);
                System.out.printf(Locale.ROOT, "%,d partners, %.0f s%n", existing + i, (System.nanoTime() - start) / 1e9);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int partners = directory.count(java.util.Map.of(), true);
            build.append(String.format(Locale.ROOT, "- Import of %,d partners through the importer (files of %,d rows; save, "
                    + "profile indexed with HNSW maintained): %.0f s, %.0f partners/s; %,d distinct profile texts embedded "
                    + "for real.%n", partners, IMPORT_FILE_ROWS, seconds, partners / seconds,
                    context.getBean(DerivedEmbedder.class).pooled()));
        }
    }

    /** Story variants up to the target through the ingestor's stores, HNSW dropped during the load and built after. */
    private static void generateChunks(DataSource dataSource, StringBuilder build) throws Exception {
        try (var context = generationContext(dataSource)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Embedded stories = KnowledgeBench.storyChunks(context, KnowledgeBench.caseStudies());
            jdbc.execute("DROP INDEX IF EXISTS chunk_vector_embedding");
            long start = System.nanoTime();
            Integer done = jdbc.queryForObject("SELECT count(*) FROM document WHERE id LIKE 'bench-%'", Integer.class);
            int variants = done == null ? 0 : done;
            List<String> partners = partnerIds(context);
            var documents = context.getBean(DocumentRepository.class);
            for (int target = documents.countChunks() + 100_000; ; target += 100_000) {
                target = Math.min(target, CHUNKS);
                variants = KnowledgeBench.addVariantChunks(context, stories, target, partners, new Random(variants), variants, 64);
                System.out.printf(Locale.ROOT, "%,d chunks, %.0f s%n", documents.countChunks(), (System.nanoTime() - start) / 1e9);
                if (target >= CHUNKS) {
                    break;
                }
            }
            double load = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SET maintenance_work_mem = '4GB'");
                s.execute("SET max_parallel_maintenance_workers = 1");
                s.execute("CREATE INDEX chunk_vector_embedding ON chunk_vector USING hnsw (embedding vector_cosine_ops)");
            }
            double hnsw = (System.nanoTime() - start) / 1e9;
            jdbc.execute("ANALYZE");
            build.append(String.format(Locale.ROOT, "- Bulk load to %,d chunks (%,d story variants of 8 chunks, 64 per "
                    + "transaction, tsvector and GIN maintained, HNSW dropped): %.0f s, %.0f chunks/s.%n"
                    + "- HNSW build over %,d vectors (m 16, ef_construction 64, maintenance_work_mem 4GB, one parallel "
                    + "worker): %.0f s.%n", documents.countChunks(), variants, load, (CHUNKS - 100_000) / load,
                    documents.countChunks(), hnsw));
        }
    }

    /** The knowledge module as the server wires it, with {@link DerivedEmbedder} in front of the real model. */
    private static AnnotationConfigApplicationContext generationContext(DataSource dataSource) {
        var context = KnowledgeContext.unrefreshed(dataSource);
        context.registerBean(DerivedEmbedder.class, () -> new DerivedEmbedder(context.getBean("embedder", Embedder.class)),
                bd -> bd.setPrimary(true));
        context.refresh();
        return context;
    }

    private static List<String> partnerIds(AnnotationConfigApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForList("SELECT id FROM partner ORDER BY id", String.class);
    }

    private static int count(JdbcTemplate jdbc, String table) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }

    /** A fresh assistant over the database (real ONNX embedder), its first answer timed, then every latency. */
    static Row measure(String label, DataSource dataSource, RetrievalSuite suite) {
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        AnnotationConfigApplicationContext context = KnowledgeContext.unrefreshed(dataSource);
        context.registerBean(PromptRegistry.class, () -> PromptRegistry.load());
        context.scan("com.consort.assistant"); // the assistant module, found as the server finds it: by its package
        context.refresh();
        try (context) {
            var search = context.getBean(PartnerSearch.class);
            var assistant = context.getBean(Assistant.class);
            List<String> questions = suite.cases().stream().map(RetrievalCase::question).toList();
            search.search(new PartnerSearch.Query(questions.get(0), Constraints.NONE, 5, RetrievalMode.HYBRID));
            double freshStart = (System.nanoTime() - start) / 1e6;
            // with structured filters: what the question itself states (a country, an industry, ...); without: the rest
            List<String> filtered = questions.stream().filter(q -> !search.understand(q).isEmpty()).toList();
            List<String> unfiltered = questions.stream().filter(q -> search.understand(q).isEmpty()).toList();
            questions.forEach(q -> search.search(new PartnerSearch.Query(q, Constraints.NONE, 5, RetrievalMode.HYBRID)));
            // the bare limit is timed right after each hybrid search and each answer, so both see the same load
            Consumer<String> bareQuery = bareLimit(context, dataSource);
            List<Double> bareMs = new ArrayList<>();
            long[] searchAlloc = new long[1];
            double[] filteredMs = timed(filtered, q -> searchAlloc[0] += allocated(() ->
                    search.search(new PartnerSearch.Query(q, Constraints.NONE, 5, RetrievalMode.HYBRID))), bareQuery, bareMs);
            double[] unfilteredMs = timed(unfiltered, q -> search.search(new PartnerSearch.Query(q, Constraints.NONE, 5,
                    RetrievalMode.HYBRID)), bareQuery, bareMs);
            double[] dense = timed(questions, q -> search.search(new PartnerSearch.Query(q, Constraints.NONE, 5, RetrievalMode.DENSE)));
            double[] keyword = timed(questions, q -> search.search(new PartnerSearch.Query(q, Constraints.NONE, 5,
                    RetrievalMode.KEYWORD)));
            long[] answerAlloc = new long[1];
            double[] answers;
            try {
                assistant.answer(List.of(questions.get(0)));
                answers = timed(questions, q -> answerAlloc[0] += allocated(() -> assistant.answer(List.of(q))), bareQuery, bareMs);
            } catch (OutOfMemoryError e) { // reported as such rather than losing the run
                System.out.println("The assistant ran out of heap: " + e);
                answers = new double[0];
            }
            // the grounding check of an LLM answer: every directory name looked for in the text, or only those whose
            // first word the text has (PartnerNames), over the offline answers' texts
            var names = context.getBean(com.consort.knowledge.PartnerNames.class);
            List<String> texts = answers.length == 0 ? List.of()
                    : questions.stream().map(q -> assistant.answer(List.of(q)).answer().toLowerCase(Locale.ROOT)).toList();
            double[] namesScan = timed(texts, t -> names.get().values().stream()
                    .filter(n -> t.contains(n.toLowerCase(Locale.ROOT))).count());
            double[] namesIndexed = timed(texts, t -> names.candidatesIn(t).stream()
                    .filter(e -> t.contains(e.getValue().toLowerCase(Locale.ROOT))).count());
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Long database = jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
            Long hnsw = jdbc.queryForObject("SELECT coalesce(pg_relation_size(to_regclass('chunk_vector_embedding')), 0)",
                    Long.class);
            Row row = new Row(label, count(jdbc, "partner"), count(jdbc, "chunk"), filteredMs, unfilteredMs, dense, keyword,
                    bareMs.stream().mapToDouble(Double::doubleValue).sorted().toArray(), answers, searchAlloc[0] / 1024.0 / (filtered.size() * ROUNDS),
                    answerAlloc[0] / 1024.0 / (questions.size() * ROUNDS), heapAfterGc(), database / 1048576.0,
                    hnsw / 1048576.0, freshStart, loadBefore + " / " + loadAverage(), namesScan, namesIndexed);
            System.out.println(row);
            return row;
        }
    }

    /**
     * The keyword index's bounded candidate pool against exact BM25 over every selected chunk, on the suite's
     * questions (top 10, whole corpus): the bounded top score as a share of the exact one, the top-10 overlap, and
     * both latencies.
     */
    private static String keywordPool(JdbcTemplate jdbc, RetrievalSuite suite) {
        var bounded = com.consort.knowledge.testing.Stages.postgresKeywords(jdbc);
        var exact = com.consort.knowledge.testing.Stages.postgresKeywords(jdbc, com.consort.knowledge.testing.Stages.commonShare(),
                Integer.MAX_VALUE);
        List<Double> ratios = new ArrayList<>();
        List<Double> overlaps = new ArrayList<>();
        List<Double> boundedMs = new ArrayList<>();
        List<Double> exactMs = new ArrayList<>();
        for (RetrievalCase c : suite.cases()) {
            long start = System.nanoTime();
            var b = bounded.search(c.question(), 10, com.consort.knowledge.Scope.ALL);
            boundedMs.add((System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            var e = exact.search(c.question(), 10, com.consort.knowledge.Scope.ALL);
            exactMs.add((System.nanoTime() - start) / 1e6);
            if (e.isEmpty()) {
                continue;
            }
            ratios.add(b.isEmpty() ? 0 : b.get(0).score() / e.get(0).score());
            var exactIds = e.stream().map(com.consort.knowledge.KeywordIndex.KeywordMatch::chunkId).toList();
            overlaps.add((double) b.stream().filter(m -> exactIds.contains(m.chunkId())).count() / exactIds.size());
        }
        double[] bms = boundedMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] ems = exactMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        String text = String.format(Locale.ROOT, "Keyword pool (%d questions with a match, top 10, whole corpus, load %s): "
                + "bounded top score / exact top score mean %.3f, min %.3f; top-10 overlap mean %.0f%%, min %.0f%%; "
                + "bounded p50 / p95 %.1f / %.1f ms, exact p50 / p95 %.1f / %.1f ms.%n%n", ratios.size(), loadAverage(),
                ratios.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                100 * overlaps.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                100 * overlaps.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                pct(bms, 50), pct(bms, 95), pct(ems, 50), pct(ems, 95));
        System.out.println(text);
        return text;
    }

    /** The floor under any search: the question embedded by the same model, then one top-k SQL over the HNSW index. */
    private static Consumer<String> bareLimit(AnnotationConfigApplicationContext context, DataSource dataSource) {
        Embedder embedder = context.getBean(Embedder.class);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return q -> {
            PGvector vector = new PGvector(embedder.embedQuery(q));
            jdbc.queryForList("SELECT chunk_id, partner_id FROM chunk_vector ORDER BY embedding <=> ? LIMIT " + TOP_K, vector);
        };
    }

    /** As {@link #timed(List, Consumer)}, the bare limit timed right after each request (untimed in it) into {@code bareMs}. */
    private static double[] timed(List<String> questions, Consumer<String> action, Consumer<String> bare, List<Double> bareMs) {
        return timed(questions, action, q -> {
            long start = System.nanoTime();
            bare.accept(q);
            bareMs.add((System.nanoTime() - start) / 1e6);
        });
    }

    /** Sorted milliseconds of each question, {@link #ROUNDS} times. */
    private static double[] timed(List<String> questions, Consumer<String> action) {
        return timed(questions, action, q -> { });
    }

    private static double[] timed(List<String> questions, Consumer<String> action, Consumer<String> after) {
        double[] ms = new double[questions.size() * ROUNDS];
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : questions) {
                long start = System.nanoTime();
                action.accept(q);
                ms[n++] = (System.nanoTime() - start) / 1e6;
                after.accept(q);
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    /** Bytes this thread allocated while running the action: what one request costs the heap, whatever it keeps. */
    private static long allocated(Runnable action) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    static double pct(double[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void print(StringBuilder report, List<Row> rows, StringBuilder build) {
        StringBuilder table = new StringBuilder("""
                | directory | partners | chunks | hybrid, filtered p50 / p95 / p99 ms | hybrid, unfiltered p50 / p95 / p99 ms \
                | dense p95 ms | keyword p95 ms | bare limit p50 / p95 ms | hybrid p95 / bare p95 | answer p50 / p95 ms \
                | answer p95 / bare p95 | KB allocated per search / answer | heap after GC MB | database MB | HNSW index MB \
                | fresh start + first search ms | name check p95 ms, every name / by first word | load average before / after |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
                """);
        for (Row r : rows) {
            double[] all = concat(r.filtered(), r.unfiltered());
            table.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.1f | %.1f "
                    + "| %.1f / %.1f | %.1f | %.1f / %.1f | %.1f | %,.0f / %,.0f | %.0f | %,.0f | %,.0f | %,.0f | %.2f / %.2f | %s |%n",
                    r.label(), r.partners(), r.chunks(), pct(r.filtered(), 50), pct(r.filtered(), 95), pct(r.filtered(), 99),
                    pct(r.unfiltered(), 50), pct(r.unfiltered(), 95), pct(r.unfiltered(), 99), pct(r.dense(), 95),
                    pct(r.keyword(), 95), pct(r.bare(), 50), pct(r.bare(), 95), pct(all, 95) / pct(r.bare(), 95),
                    pct(r.answer(), 50), pct(r.answer(), 95), pct(r.answer(), 95) / pct(r.bare(), 95), r.searchAllocKb(),
                    r.answerAllocKb(), r.heapMb(), r.databaseMb(), r.hnswMb(), r.freshStartMs(), pct(r.namesScan(), 95),
                    pct(r.namesIndexed(), 95), r.load()));
        }
        System.out.println(table);
        System.out.println(build);
        report.setLength(report.indexOf("\n\n") + 2);
        report.append(KnowledgeBench.machine()).append(table).append('\n').append(build).append('\n');
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        return all;
    }

    private static String notes() {
        return """
                Questions: the demo retrieval suite's, each timed %d times after a warm-up; "filtered" are those whose own
                words state a structured constraint (country, industry, ...: the candidates are narrowed in SQL), the
                others search the whole directory. The bare limit is the question embedded by the same model and one
                `ORDER BY embedding <=> ? LIMIT %d` over the HNSW index, in the same run. Allocation is this thread's
                (ThreadMXBean), per request. Heap after GC is of this JVM (-Xmx2g, the ONNX model loaded, the demo
                directory's context closed before the next one opens). Load average is the machine's (other sessions
                share its two cores).

                """.formatted(ROUNDS, TOP_K);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static double heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private HyperscaleBench() {
    }
}
