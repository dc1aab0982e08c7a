package com.consort.demodata;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Generates the deterministic demo ecosystem of the fictional vendor Orbitly: partners.csv, customer case
 * studies and programme documents (PDF, DOCX, HTML, Markdown) with their manifest, the retrieval-demo suite
 * and the demo README. Run through {@code scripts/generate-demo-data.sh}; the only argument is the repository
 * root (default: the working directory).
 */
public final class DemoDataGenerator {

    /** The one seed everything derives from; each stage uses its own offset so stages stay independent. */
    public static final long SEED = 20260115L;
    static final int PARTNER_COUNT = 800;
    static final String DEMO_DIR = "knowledge/src/main/resources/demo";
    static final String SUITE_FILE = "eval/suites/retrieval-demo.yaml";

    private static final Calendar DOC_DATE = fixedDate();

    private DemoDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Result r = generate(root);
        System.out.printf("Generated %d partners (+%d bad rows), %d case studies, %d programme documents and %d suite "
                        + "cases under %s%n", r.partners.size(), r.badRows.size(), r.caseStudies.size(), r.programDocs,
                r.cases.size(), root);
    }

    /** What one run produced, for the README and for tests. */
    record Result(List<DemoPartner> partners, List<PartnerCsv.BadRow> badRows, List<CaseStudy> caseStudies,
                  int programDocs, List<SuiteBuilder.Case> cases) {
    }

    static Result generate(Path root) throws IOException {
        List<DemoPartner> partners = new PartnerFactory(new Dice(SEED)).generate(PARTNER_COUNT);
        List<CaseStudy> caseStudies = new CaseStudyPlanner(new Dice(SEED + 1), partners).plan(Scenario.load());
        new PartnerDescriptions(new Dice(SEED + 2)).describe(partners);
        CaseStudyWriter writer = new CaseStudyWriter(new Dice(SEED + 3));
        for (CaseStudy cs : caseStudies) {
            writer.write(cs);
        }

        Path demo = root.resolve(DEMO_DIR);
        Path documents = demo.resolve("documents");
        deleteRecursively(documents);
        Files.createDirectories(documents.resolve("case-studies"));
        Files.createDirectories(documents.resolve("program"));

        List<List<String>> manifest = new ArrayList<>();
        for (CaseStudy cs : caseStudies) {
            Files.write(documents.resolve(cs.file()), render(cs.doc, cs.format, cs.file(),
                    "Orbitly customer story: " + cs.customer));
            manifest.add(List.of(cs.file(), "case_study", cs.partner == null ? "" : cs.partner.id, cs.title,
                    cs.language()));
        }
        int programDocs = 0;
        for (String[] program : List.of(
                new String[] {"partner-program-guide.md", "MD"},
                new String[] {"mdf-and-incentives-policy.md", "PDF"},
                new String[] {"deal-registration-policy.md", "DOCX"})) {
            String source = resource("program/" + program[0]);
            CaseStudy.Format format = CaseStudy.Format.valueOf(program[1]);
            String file = "program/" + program[0].replaceFirst("\\.md$", "." + format.extension);
            DocModel doc = DocModel.fromMarkdown(source, "en", "Orbitly Partner Operations");
            byte[] bytes = format == CaseStudy.Format.MD ? source.getBytes(StandardCharsets.UTF_8)
                    : render(doc, format, file, "Orbitly Partner Program");
            Files.write(documents.resolve(file), bytes);
            manifest.add(List.of(file, "program_doc", "", doc.title, "en"));
            programDocs++;
        }
        Files.writeString(documents.resolve("documents.csv"), csv(List.of("file", "kind", "partnerId", "title",
                "language"), manifest));

        List<PartnerCsv.BadRow> badRows = PartnerCsv.badRows(PARTNER_COUNT);
        Files.writeString(demo.resolve("partners.csv"), new PartnerCsv(new Dice(SEED + 4)).write(partners, badRows));
        Files.writeString(demo.resolve(OpportunityHistory.FILE), new OpportunityHistory(new Dice(SEED + 6)).csv(partners, caseStudies));

        List<SuiteBuilder.Case> cases = new SuiteBuilder(new Dice(SEED + 5), partners, caseStudies).build();
        Path suite = root.resolve(SUITE_FILE);
        Files.createDirectories(suite.getParent());
        Files.writeString(suite, SuiteYaml.write(cases, SEED));

        Result result = new Result(partners, badRows, caseStudies, programDocs, cases);
        Files.writeString(demo.resolve("README.md"), DemoReadme.write(result, documents));
        return result;
    }

    private static byte[] render(DocModel doc, CaseStudy.Format format, String file, String footer) {
        return switch (format) {
            case PDF -> PdfRenderer.render(doc, footer, file.hashCode(), DOC_DATE);
            case DOCX -> DocxRenderer.render(doc, new Date(DOC_DATE.getTimeInMillis()));
            case HTML -> HtmlRenderer.render(doc);
            case MD -> MarkdownRenderer.render(doc);
        };
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoDataGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Calendar fixedDate() {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        c.clear();
        c.set(2026, Calendar.JANUARY, 15, 9, 0, 0);
        return c;
    }
}
