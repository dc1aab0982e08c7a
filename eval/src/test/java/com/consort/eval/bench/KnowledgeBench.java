package com.consort.eval.bench;

import com.consort.eval.retrieval.RetrievalCase;
import com.consort.eval.retrieval.RetrievalSuite;
import com.consort.knowledge.document.Chunker;
import com.consort.knowledge.document.DocumentIngestor;
import com.consort.knowledge.document.DocumentKind;
import com.consort.knowledge.document.DocumentParser;
import com.consort.knowledge.document.DocumentRepository;
import com.consort.knowledge.embedding.Embedder;
import com.consort.knowledge.partner.PartnerDirectory;
import com.consort.knowledge.partner.PartnerImporter;
import com.consort.knowledge.search.Constraints;
import com.consort.knowledge.search.PartnerSearch;
import com.consort.knowledge.search.RetrievalMode;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Knowledge benchmark, both storage set-ups in one run (scripts/bench.sh knowledge):
 * <ol>
 * <li>ingest throughput of the demo case studies through {@link DocumentIngestor} (parse, chunk, embed,
 * store) against bare embedding of exactly the same chunk texts with the same model;</li>
 * <li>partner search latency (p50/p95/p99) over the demo suite's questions with the directory scaled to
 * 1,000 partners and at least 10,000 chunks.</li>
 * </ol>
 * Ratios are computed within one run, so machine noise affects both sides alike.
 */
public final class KnowledgeBench {

    private static final int TARGET_PARTNERS = 1_000;
    private static final int TARGET_CHUNKS = 10_000;
    private static final int ROUNDS = 5;

    record Doc(String file, String partnerId, byte[] content) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench/knowledge.md");
        Files.createDirectories(out.getParent());
        List<Doc> stories = caseStudies();
        RetrievalSuite suite = RetrievalSuite.load(Path.of("suites/retrieval-demo.yaml"));
        StringBuilder report = new StringBuilder("# Knowledge benchmark\n\n")
                .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append("\n\n");
        for (String setup : List.of("embedded", "postgres")) {
            DataSource dataSource = setup.equals("embedded")
                    ? TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "bench-"))
                    : TestStorage.postgres();
            try (AnnotationConfigApplicationContext context = KnowledgeContext.over(dataSource)) {
                report.append("## ").append(setup).append("\n\n");
                measureIngest(context, stories, report);
                scaleUp(context, stories, report);
                measureSearch(context, suite, report);
            }
        }
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** Ingest of the demo stories against embedding their chunks alone, same model, same texts. */
    private static void measureIngest(AnnotationConfigApplicationContext context, List<Doc> stories, StringBuilder report)
            throws Exception {
        var directory = context.getBean(PartnerDirectory.class);
        try (InputStream partners = resource("demo/partners.csv")) {
            directory.importFile(partners, PartnerImporter.Format.CSV);
        }
        var ingestor = context.getBean(DocumentIngestor.class);
        var parser = context.getBean(DocumentParser.class);
        var embedder = context.getBean(Embedder.class);
        var chunker = new Chunker(900);
        // the texts the ingestor will embed, prepared outside the timed part of the baseline
        List<String> texts = new ArrayList<>();
        for (Doc doc : stories) {
            var parsed = parser.parse(doc.content(), doc.file());
            String title = parsed.title() == null ? doc.file() : parsed.title();
            chunker.chunk(title, parsed).forEach(p -> texts.add(p.context() + "\n" + p.text()));
        }
        embedder.embedPassages(texts.subList(0, 32)); // warm-up
        long bareStart = System.nanoTime();
        embedder.embedPassages(texts);
        double bareSeconds = (System.nanoTime() - bareStart) / 1e9;

        long ingestStart = System.nanoTime();
        int chunks = 0;
        for (Doc doc : stories) {
            chunks += ingestor.ingest(new DocumentIngestor.Upload(doc.content(), doc.file(), DocumentKind.CASE_STUDY,
                    doc.partnerId(), null)).document().chunkCount();
        }
        double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
        double bare = texts.size() / bareSeconds;
        double ingest = chunks / ingestSeconds;
        report.append(String.format(Locale.ROOT, """
                Ingest of %d case studies (%d chunks; PDF, DOCX, HTML, Markdown):

                | | chunks/s |
                | --- | ---: |
                | bare embedding (same model, same chunk texts, one batch) | %.1f |
                | Consort ingest (sniff, parse, chunk, embed, store, index) | %.1f |
                | **ratio** | **%.2f** |

                """, stories.size(), chunks, bare, ingest, ingest / bare));
    }

    /** Grows the directory to 1,000 partners and 10,000+ chunks with variants of the demo data. */
    private static void scaleUp(AnnotationConfigApplicationContext context, List<Doc> stories, StringBuilder report)
            throws Exception {
        var directory = context.getBean(PartnerDirectory.class);
        var ingestor = context.getBean(DocumentIngestor.class);
        var documents = context.getBean(DocumentRepository.class);
        List<CSVRecord> rows = partnerRows();
        StringBuilder extra = new StringBuilder(String.join(",", rows.get(0).getParser().getHeaderNames())).append('\n');
        int existing = directory.count(java.util.Map.of(), true);
        for (int i = 0; existing + i < TARGET_PARTNERS; i++) {
            CSVRecord row = rows.get(i % rows.size());
            List<String> values = new ArrayList<>(row.toList());
            values.set(0, "X" + String.format("%04d", i));
            values.set(1, values.get(1) + " " + (i + 2));
            extra.append(CSVFormat.DEFAULT.format(values.toArray())).append('\n');
        }
        directory.importFile(new ByteArrayInputStream(extra.toString().getBytes(StandardCharsets.UTF_8)),
                PartnerImporter.Format.CSV);
        int variant = 0;
        long start = System.nanoTime();
        while (documents.countChunks() < TARGET_CHUNKS) {
            Doc doc = stories.get(variant % stories.size());
            String marker = "\n\nReference edition " + (++variant) + ".\n";
            byte[] text = (new String(plainText(context, doc), StandardCharsets.UTF_8) + marker).getBytes(StandardCharsets.UTF_8);
            ingestor.ingest(new DocumentIngestor.Upload(text, doc.file() + ".md", DocumentKind.CASE_STUDY,
                    doc.partnerId(), null));
        }
        report.append(String.format(Locale.ROOT, "Scaled to %d partners and %d chunks (%d story variants, %.0f s).%n%n",
                directory.count(java.util.Map.of(), true), documents.countChunks(), variant, (System.nanoTime() - start) / 1e9));
    }

    private static void measureSearch(AnnotationConfigApplicationContext context, RetrievalSuite suite, StringBuilder report) {
        var search = context.getBean(PartnerSearch.class);
        List<RetrievalCase> cases = suite.cases();
        for (RetrievalCase c : cases) { // warm-up
            search.search(new PartnerSearch.Query(c.question(), Constraints.NONE, 5, RetrievalMode.HYBRID));
        }
        for (RetrievalMode mode : RetrievalMode.values()) {
            long[] nanos = new long[cases.size() * ROUNDS];
            int n = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (RetrievalCase c : cases) {
                    long start = System.nanoTime();
                    search.search(new PartnerSearch.Query(c.question(), Constraints.NONE, 5, mode));
                    nanos[n++] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            report.append(String.format(Locale.ROOT, "Partner search, %s, %d questions x %d rounds: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n%n",
                    mode.name().toLowerCase(), cases.size(), ROUNDS, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99)));
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static byte[] plainText(AnnotationConfigApplicationContext context, Doc doc) {
        var parsed = context.getBean(DocumentParser.class).parse(doc.content(), doc.file());
        StringBuilder text = new StringBuilder();
        parsed.blocks().forEach(b -> text.append(b.text()).append("\n\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Doc> caseStudies() throws Exception {
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

    private static List<CSVRecord> partnerRows() throws Exception {
        try (var reader = new InputStreamReader(resource("demo/partners.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords()
                    .stream().filter(r -> !r.get("id").isBlank() && !r.get("name").isBlank()).limit(700).toList();
        }
    }

    private static InputStream resource(String path) {
        InputStream in = KnowledgeBench.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return in;
    }

    private KnowledgeBench() {
    }
}
