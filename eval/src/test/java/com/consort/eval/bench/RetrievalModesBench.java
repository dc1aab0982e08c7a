package com.consort.eval.bench;

import com.consort.eval.internal.retrieval.RetrievalEvaluator;
import com.consort.eval.internal.retrieval.RetrievalSuite;
import com.consort.knowledge.BulkImport;
import com.consort.knowledge.BundleSource;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.Embedder;
import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.KeywordIndex;
import com.consort.knowledge.VectorIndex;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.testing.DemoSlice;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.Stages;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Dense, keyword and hybrid retrieval side by side on every retrieval suite, on both storage set-ups
 * ({@code scripts/bench.sh retrieval}). Each dataset is loaded once per set-up through the bulk importer,
 * as a user would load it, and every suite over it is run in each mode and with each fusion variant that
 * {@link #variants} offers. The figures go to docs/retrieval.md.
 * <p>
 * Datasets: the packaged demo with {@code suites/retrieval-demo.yaml}, and every folder
 * {@code datasets/<name>/} that holds partners.csv and documents/ (or docs/) with the suites
 * {@code suites/<name>-*.yaml} whose cases are retrieval cases. {@code BENCH_DATASETS=demo,cncf-kubernetes}
 * picks some; {@code BENCH_SETUPS=embedded} one set-up.
 */
public final class RetrievalModesBench {

    record Dataset(String name, BundleSource bundle, List<Path> suites) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/retrieval.md");
        Files.createDirectories(out.getParent());
        StringBuilder report = new StringBuilder("# Retrieval modes on every suite\n\n").append(KnowledgeBench.machine());
        List<Dataset> datasets = datasets();
        for (String setup : System.getenv().getOrDefault("BENCH_SETUPS", "embedded,postgres").split(",")) {
            for (Dataset dataset : datasets) {
                DataSource dataSource = setup.equals("embedded")
                        ? TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "retrieval-bench-"))
                        : TestStorage.postgres();
                try (AnnotationConfigApplicationContext context = KnowledgeContext.over(dataSource)) {
                    long start = System.nanoTime();
                    var summary = context.getBean(BulkImport.class).run(dataset.bundle(), DocumentKind.CASE_STUDY,
                            (phase, done, total) -> {
                            });
                    report.append(String.format(Locale.ROOT, "## %s, %s set-up%n%nLoaded in %.0f s: %d documents, %d failed.%n%n",
                            dataset.name(), setup, (System.nanoTime() - start) / 1e9, summary.documentsIndexed(),
                            summary.failures().size()));
                    summary.failures().forEach(f -> report.append("- failed: ").append(f.file()).append(": ")
                            .append(f.reason()).append('\n'));
                    report.append("| suite | mode | recall@k | MRR | nDCG@k | no-match | violations | passed |\n")
                            .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
                    for (Path file : dataset.suites()) {
                        RetrievalSuite suite = RetrievalSuite.load(file);
                        for (Map.Entry<String, Function<AnnotationConfigApplicationContext, Run>> variant : variants().entrySet()) {
                            Run run = variant.getValue().apply(context);
                            RetrievalEvaluator evaluator = new RetrievalEvaluator(run.search(), context.getBean(PartnerRepository.class),
                                    context.getBean(Vocabulary.class));
                            var result = evaluator.run(suite, run.mode());
                            row(report, suite.name(), variant.getKey(), result);
                            System.out.println(setup + " " + suite.name() + " " + variant.getKey() + " " + result.metrics());
                        }
                    }
                    report.append('\n');
                }
            }
        }
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** A configuration of search to evaluate: the server's bean in one mode, or a fusion variant. */
    record Run(PartnerSearch search, RetrievalMode mode) {
    }

    static Map<String, Function<AnnotationConfigApplicationContext, Run>> variants() {
        Map<String, Function<AnnotationConfigApplicationContext, Run>> variants = new java.util.LinkedHashMap<>();
        for (RetrievalMode mode : RetrievalMode.values()) {
            variants.put(mode.name().toLowerCase(Locale.ROOT), c -> new Run(c.getBean(PartnerSearch.class), mode));
        }
        // partner search's fusion: rank fusion (what it was until relative score fusion was measured) and relative
        // score fusion with dense/keyword weights; passages keep rank fusion throughout
        Map<String, ChunkSearch.Fusion> fusions = new java.util.LinkedHashMap<>();
        fusions.put("hybrid, rank fusion", ChunkSearch.ReciprocalRankFuser.DEFAULT);
        for (double[] weights : new double[][] {{0.5, 0.5}, {0.3, 0.7}, {0.2, 0.8}}) {
            fusions.put(String.format(Locale.ROOT, "hybrid, relative %.1f/%.1f", weights[0], weights[1]),
                    new ChunkSearch.RelativeScoreFuser(weights[0], weights[1]));
        }
        fusions.forEach((name, fusion) -> variants.put(name, c -> new Run(Stages.partnerSearch(c, new ChunkSearch(
                c.getBean(Embedder.class), c.getBean(VectorIndex.class), c.getBean(KeywordIndex.class),
                c.getBean(DocumentRepository.class), Runnable::run, ChunkSearch.ReciprocalRankFuser.DEFAULT, fusion)),
                RetrievalMode.HYBRID)));
        return variants;
    }

    private static void row(StringBuilder report, String suite, String variant, RetrievalEvaluator.SuiteResult result) {
        Map<String, Double> m = result.metrics();
        long passed = result.cases().stream().filter(RetrievalEvaluator.CaseResult::passed).count();
        report.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.2f | %.0f | %d/%d |%n", suite, variant,
                m.getOrDefault("recall@" + result.k(), Double.NaN), m.getOrDefault("mrr", Double.NaN),
                m.getOrDefault("ndcg@" + result.k(), Double.NaN), m.getOrDefault("noMatchAccuracy", Double.NaN),
                m.getOrDefault("constraintViolations", Double.NaN), passed, result.cases().size()));
    }

    private static List<Dataset> datasets() throws Exception {
        String wanted = System.getenv().getOrDefault("BENCH_DATASETS", "");
        List<Dataset> datasets = new ArrayList<>();
        if (wanted.isBlank() || List.of(wanted.split(",")).contains("demo")) {
            datasets.add(new Dataset("demo", DemoSlice.of(800, 68), List.of(Path.of("suites/retrieval-demo.yaml"))));
        }
        Path root = Path.of("datasets");
        if (Files.isDirectory(root)) {
            try (var folders = Files.list(root)) {
                for (Path folder : folders.sorted().toList()) {
                    String name = folder.getFileName().toString();
                    if (!Files.exists(folder.resolve("partners.csv")) || (!wanted.isBlank() && !List.of(wanted.split(",")).contains(name))) {
                        continue;
                    }
                    List<Path> suites = new ArrayList<>();
                    try (var files = Files.list(Path.of("suites"))) {
                        for (Path f : files.sorted().toList()) {
                            String file = f.getFileName().toString();
                            if (file.startsWith(name.split("-")[0]) && file.endsWith(".yaml") && isRetrievalSuite(f)) {
                                suites.add(f);
                            }
                        }
                    }
                    if (!suites.isEmpty()) { // documents in documents/ (a bundle) or docs/ (with its documents.csv)
                        BundleSource bundle = Files.isDirectory(folder.resolve("documents")) ? BundleSource.folder(folder)
                                : BundleSource.files(folder.resolve("partners.csv"), folder.resolve("docs"));
                        datasets.add(new Dataset(name, bundle, suites));
                    }
                }
            }
        }
        return datasets;
    }

    private static boolean isRetrievalSuite(Path file) throws java.io.IOException {
        return com.consort.eval.SuiteFile.parse(Files.readString(file), file.toString()).kind().equals("retrieval");
    }
}
