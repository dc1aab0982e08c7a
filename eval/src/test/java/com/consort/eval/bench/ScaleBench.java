package com.consort.eval.bench;

import com.consort.knowledge.ImportFormat;
import com.consort.assistant.Assistant;
import com.consort.eval.bench.KnowledgeBench.Embedded;
import com.consort.eval.internal.retrieval.RetrievalCase;
import com.consort.eval.internal.retrieval.RetrievalSuite;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.KeywordIndex;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.Scope;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.Stages;
import com.consort.knowledge.testing.TestStorage;
import com.consort.prompts.PromptRegistry;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The scale curve ({@code scripts/bench.sh scale}): partner search and answer latency and the process's memory
 * with 1,000, 10,000 and 100,000 chunks, on PostgreSQL and, for comparison, on the embedded set-up.
 * <p>
 * Embedding 100,000 real chunks would take hours on two cores, so the index is grown with variants of
 * the demo case studies' real chunks: the same texts tagged with an edition number and their real
 * embeddings plus Gaussian noise (sigma 0.01 per dimension), written through the same stores the
 * ingestor uses. The 800 demo partner profiles are real. Variants cluster around the demo texts more
 * tightly than fresh documents would, which makes the approximate index's job somewhat harder, the
 * keyword index's postings longer, and the figures, if anything, pessimistic.
 */
public final class ScaleBench {

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int SEARCH_ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/scale.md");
        Files.createDirectories(out.getParent());
        RetrievalSuite suite = RetrievalSuite.load(Path.of("suites/retrieval-demo.yaml"));
        StringBuilder report = new StringBuilder("# Scale curve\n\n").append(KnowledgeBench.machine());
        for (String setup : System.getenv().getOrDefault("BENCH_SETUPS", "postgres,embedded").split(",")) {
            Path dataDir = Files.createTempDirectory(Path.of("target"), "scale-");
            DataSource dataSource = setup.equals("embedded") ? TestStorage.embedded(dataDir) : TestStorage.postgres();
            // the assistant wired over the same knowledge context, for the answer latency column
            AnnotationConfigApplicationContext assistantContext = KnowledgeContext.unrefreshed(dataSource);
            assistantContext.registerBean(PromptRegistry.class, () -> PromptRegistry.load());
            assistantContext.scan("com.consort.assistant"); // the assistant module, found as the server finds it: by its package
            assistantContext.refresh();
            try (AnnotationConfigApplicationContext context = assistantContext) {
                report.append("## ").append(setup).append("\n\n").append("""
                        | chunks | build s | hybrid p50 ms | hybrid p95 ms | hybrid p99 ms | dense p95 ms | keyword p95 ms \
                        | answer p50 ms | answer p95 ms | heap after GC MB | process RSS MB | storage MB | fresh start + first search ms |
                        | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                        """);
                var directory = context.getBean(PartnerDirectory.class);
                try (InputStream partners = KnowledgeBench.resource("demo/partners.csv")) {
                    directory.importFile(partners, ImportFormat.CSV);
                }
                Embedded base = KnowledgeBench.storyChunks(context, KnowledgeBench.caseStudies());
                List<String> partnerIds = directory.page(Map.of(), false, 0, 10_000).stream().map(Partner::id).toList();
                Random random = new Random(42);
                int variants = 0;
                StringBuilder selection = new StringBuilder(setup.equals("embedded") ? "" : """
                        Keyword index alone (depth 40, every demo question x 3, the two alternating), choosing the chunks \
                        to rank by every term of the question, as before, or by its rarer terms only (PgKeywordIndex):

                        | chunks | every term p50 ms | every term p95 ms | rarer terms p50 ms | rarer terms p95 ms | p95 ratio |
                        | ---: | ---: | ---: | ---: | ---: | ---: |
                        """);
                for (int size : SIZES) {
                    long start = System.nanoTime();
                    variants = KnowledgeBench.addVariantChunks(context, base, size, partnerIds, random, variants);
                    double build = (System.nanoTime() - start) / 1e9;
                    int chunks = context.getBean(DocumentRepository.class).countChunks();
                    Map<RetrievalMode, long[]> latency = KnowledgeBench.searchLatencies(context, suite, SEARCH_ROUNDS);
                    long[] hybrid = latency.get(RetrievalMode.HYBRID);
                    long[] answers = answer(context.getBean(Assistant.class), suite);
                    double heap = heapAfterGc();
                    double storage = setup.equals("embedded") ? directorySize(dataDir)
                            : new JdbcTemplate(dataSource).queryForObject("SELECT pg_database_size(current_database())",
                                    Long.class) / 1048576.0;
                    double freshStart = freshStart(dataSource, suite);
                    report.append(String.format(Locale.ROOT, "| %,d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f | %.0f |%n",
                            chunks, build, KnowledgeBench.pct(hybrid, 50), KnowledgeBench.pct(hybrid, 95),
                            KnowledgeBench.pct(hybrid, 99), KnowledgeBench.pct(latency.get(RetrievalMode.DENSE), 95),
                            KnowledgeBench.pct(latency.get(RetrievalMode.KEYWORD), 95), KnowledgeBench.pct(answers, 50),
                            KnowledgeBench.pct(answers, 95), heap, rss(), storage, freshStart));
                    if (!setup.equals("embedded")) {
                        long[][] keyword = keywordSelection(new JdbcTemplate(dataSource), suite);
                        selection.append(String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.2f |%n", chunks,
                                KnowledgeBench.pct(keyword[0], 50), KnowledgeBench.pct(keyword[0], 95),
                                KnowledgeBench.pct(keyword[1], 50), KnowledgeBench.pct(keyword[1], 95),
                                KnowledgeBench.pct(keyword[0], 95) / KnowledgeBench.pct(keyword[1], 95)));
                    }
                    System.out.println(report);
                }
                report.append('\n').append(selection);
            }
        }
        report.append("""
                Heap after GC and RSS are of this one JVM (knowledge module as the server wires it, the ONNX model
                loaded, -Xmx2g); storage is the H2 file or pg_database_size. A fresh start is a new knowledge
                context over the same database and its first hybrid search (the embedded set-up loads its
                in-process indexes then).

                """);
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** Keyword search latencies, sorted: [0] every term selects chunks, [1] the rarer terms only. */
    private static long[][] keywordSelection(JdbcTemplate jdbc, RetrievalSuite suite) {
        KeywordIndex everyTerm = Stages.postgresKeywords(jdbc, 1.0, Stages.exactPool());
        KeywordIndex rarerTerms = Stages.postgresKeywords(jdbc);
        List<RetrievalCase> cases = suite.cases();
        long[][] nanos = new long[2][cases.size() * SEARCH_ROUNDS];
        for (int round = 0, n = 0; round < SEARCH_ROUNDS; round++) {
            for (RetrievalCase c : cases) {
                for (int which = 0; which < 2; which++) {
                    long start = System.nanoTime();
                    (which == 0 ? everyTerm : rarerTerms).search(c.question(), 40, Scope.ALL);
                    nanos[which][n] = System.nanoTime() - start;
                }
                n++;
            }
        }
        Arrays.sort(nanos[0]);
        Arrays.sort(nanos[1]);
        return nanos;
    }

    /** The offline assistant's whole answer (understanding, search, evidence, rendering) to each question, once. */
    private static long[] answer(Assistant assistant, RetrievalSuite suite) {
        List<RetrievalCase> cases = suite.cases();
        long[] nanos = new long[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            long start = System.nanoTime();
            assistant.answer(List.of(cases.get(i).question()));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** A second knowledge context over the same database (not closing it), until its first answer. */
    private static double freshStart(DataSource dataSource, RetrievalSuite suite) {
        long start = System.nanoTime();
        try (var fresh = KnowledgeContext.over(new DelegatingDataSource(dataSource))) {
            fresh.getBean(PartnerSearch.class).search(new PartnerSearch.Query(suite.cases().get(0).question(),
                    Constraints.NONE, 5, RetrievalMode.HYBRID));
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private static double heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static double rss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static double directorySize(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1048576.0;
        }
    }

    private ScaleBench() {
    }
}
