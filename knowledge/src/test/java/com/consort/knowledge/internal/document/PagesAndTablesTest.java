package com.consort.knowledge.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.StoryFacts;
import com.consort.knowledge.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Pages written for a site generator (front matter, shortcodes) and tables in every format, as the
 * parser and chunker read them: no database needed.
 */
class PagesAndTablesTest {

    static final DocumentParser parser = new DocumentParser(1_000_000, Duration.ofSeconds(30), 1);
    static final Vocabulary vocabulary = Vocabulary.withVendorResource("/demo/vocabulary.yaml");

    @AfterAll
    static void close() {
        parser.close();
    }

    static final String HUGO_PAGE = """
            ---
            title: Kesselbräu Case Study
            linkTitle: Kesselbräu
            case_study_details:
              - Company: Kesselbräu
              - Location: Bamberg, Germany
              - Industry: Food and Beverage
            ---

            <h2>Challenge</h2>

            <p>Kesselbräu brewed by hand-written schedules.</p>

            {{< case-studies/quote author="Anna Kessel, CTO, Kesselbräu" >}}
            "Now every tank reports in real time."
            {{< /case-studies/quote >}}

            {{% note %}}Scheduling moved to the cloud in 2019.{{% /note %}}
            """;

    @Test
    void aPageWithFrontMatterIsTypedByItsBodyAndItsFrontMatterBecomesFactsNotText() {
        var parsed = parser.parse(HUGO_PAGE.getBytes(StandardCharsets.UTF_8), "kesselbraeu.html");

        assertThat(parsed.mediaType()).isEqualTo("text/html");
        assertThat(parsed.title()).isEqualTo("Kesselbräu Case Study");
        assertThat(parsed.properties()).containsEntry("company", "Kesselbräu").containsEntry("location", "Bamberg, Germany")
                .containsEntry("industry", "Food and Beverage");
        String text = String.join("\n", parsed.blocks().stream().map(DocumentParser.Block::text).toList());
        assertThat(text).contains("hand-written schedules", "\"Now every tank reports in real time.\"",
                        "Scheduling moved to the cloud in 2019.")
                .doesNotContain("{{", "}}", "case_study_details", "linkTitle", "---");
        assertThat(parsed.blocks().get(0).heading()).as("%s", parsed.blocks()).isEqualTo("Challenge");

        StoryFacts facts = DocumentReading.facts(parsed, vocabulary);
        assertThat(facts.customer()).isEqualTo("Kesselbräu");
        assertThat(facts.location()).isEqualTo("Bamberg, Germany");
        assertThat(facts.country()).isEqualTo("DE");
        assertThat(facts.industryAsWritten()).isEqualTo("Food and Beverage");
        assertThat(facts.asText()).isEqualTo("Customer: Kesselbräu · Industry: Food and Beverage · Location: Bamberg, Germany");
    }

    @Test
    void tomlFrontMatterAndFactLinesInTheTextAreReadToo() {
        String page = """
                +++
                title = "Rollout at Nordlys"
                date = 2020-03-05T10:00:00Z
                partner = "Fjord Consulting AS"
                +++

                # Rollout at Nordlys

                Customer: Nordlys Energi  Industry: Energy  Location: Tromsø, Norway

                Nordlys moved its grid telemetry to Kubernetes.
                """;
        var parsed = parser.parse(page.getBytes(StandardCharsets.UTF_8), "nordlys.md");
        StoryFacts facts = DocumentReading.facts(parsed, vocabulary);

        assertThat(parsed.mediaType()).isEqualTo("text/markdown");
        assertThat(facts.partner()).isEqualTo("Fjord Consulting AS");
        assertThat(facts.date()).isEqualTo("2020-03-05");
        assertThat(facts.customer()).isEqualTo("Nordlys Energi");
        assertThat(facts.country()).isEqualTo("NO");
        assertThat(parsed.blocks()).noneMatch(b -> b.text().contains("+++") || b.text().contains("partner ="));
    }

    @Test
    void aUsStateAfterACityIsTheUnitedStatesNotTheCountryOfItsCode() {
        for (String location : List.of("Oakland, CA", "Seattle, Washington", "Washington, DC", "Armonk, New York")) {
            var parsed = parser.parse(("Customer: Acme\nLocation: " + location + "\n").getBytes(StandardCharsets.UTF_8), "a.txt");
            assertThat(DocumentReading.facts(parsed, vocabulary).country()).as(location).isEqualTo("US");
        }
        var montreal = parser.parse("Location: Montréal, Québec, Canada\n".getBytes(StandardCharsets.UTF_8), "m.txt");
        assertThat(DocumentReading.facts(montreal, vocabulary).country()).isEqualTo("CA");
    }

    @Test
    void aLeadingRuleThatOpensNoFrontMatterStaysText() {
        var parsed = parser.parse("---\nJust a rule above a sentence.\n---\nAnd more text.\n".getBytes(StandardCharsets.UTF_8),
                "rule.md");

        assertThat(parsed.properties()).isEmpty();
        assertThat(String.join(" ", parsed.blocks().stream().map(DocumentParser.Block::text).toList()))
                .contains("Just a rule above a sentence.");
    }

    static final List<String> EXPECTED_ROWS = List.of(
            "Tier: Premier | Deal role: Sourced | Upfront discount: 25%",
            "Tier: Premier | Deal role: Influenced | Upfront discount: 10%",
            "Tier: Select | Deal role: Sourced | Upfront discount: 15%");

    static void assertRows(DocumentParser.ParsedDocument parsed) {
        var rows = parsed.blocks().stream().filter(b -> b.table() != null).toList();
        assertThat(rows).extracting(DocumentParser.Block::text).containsExactlyElementsOf(EXPECTED_ROWS);
        assertThat(rows).allSatisfy(r -> assertThat(r.tableHeaders()).isEqualTo("Tier | Deal role | Upfront discount"));
        assertThat(parsed.blocks()).noneMatch(b -> b.table() == null && b.text().contains("Upfront discount"));
    }

    @Test
    void markdownPipeTableRowsBecomePassagesWithTheirHeaders() {
        String md = """
                # Programme guide

                ## Discounts

                Discounts depend on tier and deal role:

                | Tier | Deal role | Upfront discount |
                |:-----|-----------|-----------------:|
                | **Premier** | Sourced | 25% |
                | Premier | Influenced | 10% |
                | Select | Sourced | 15% |

                Discounts are paid on booking.
                """;
        var parsed = parser.parse(md.getBytes(StandardCharsets.UTF_8), "guide.md");

        assertRows(parsed);
        assertThat(parsed.blocks()).extracting(DocumentParser.Block::text)
                .contains("Discounts depend on tier and deal role:", "Discounts are paid on booking.");

        var pieces = new Chunker(900).chunk("Guide", parsed);
        assertThat(pieces).filteredOn(p -> p.tableHeaders() != null).hasSize(3)
                .allSatisfy(p -> assertThat(p.locator()).isEqualTo("Discounts"));
        assertThat(pieces).filteredOn(p -> p.tableHeaders() == null).extracting(Chunker.Piece::text)
                .noneMatch(t -> t.contains("Premier"));
    }

    @Test
    void htmlTableRowsKeepHeadersAndCaptionAndAFactTableStaysAsItWas() {
        String html = """
                <html><body><h2>Discounts</h2>
                <table><caption>Upfront discount by tier and deal role</caption>
                <thead><tr><th>Tier</th><th>Deal role</th><th>Upfront discount</th></tr></thead>
                <tbody><tr><td>Premier</td><td>Sourced</td><td>25%</td></tr>
                <tr><td>Premier</td><td>Influenced</td><td>10%</td></tr>
                <tr><td>Select</td><td>Sourced</td><td>15%</td></tr></tbody></table>
                <table><tr><td>Industry:</td><td>Automotive</td></tr></table>
                </body></html>""";
        var parsed = parser.parse(html.getBytes(StandardCharsets.UTF_8), "guide.html");

        assertRows(parsed);
        var pieces = new Chunker(900).chunk("Guide", parsed);
        assertThat(pieces).filteredOn(p -> p.tableHeaders() != null)
                .allSatisfy(p -> assertThat(p.context()).isEqualTo("Guide — Discounts — Upfront discount by tier and deal role"));
        assertThat(parsed.blocks()).extracting(DocumentParser.Block::text).contains("Industry: Automotive");
        assertThat(DocumentReading.facts(parsed, vocabulary).industryAsWritten()).isEqualTo("Automotive");
    }

    @Test
    void docxTableWithABoldFirstRowHasHeaders() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.createParagraph().createRun().setText("Discounts depend on tier and deal role.");
            String[][] rows = {{"Tier", "Deal role", "Upfront discount"}, {"Premier", "Sourced", "25%"},
                    {"Premier", "Influenced", "10%"}, {"Select", "Sourced", "15%"}};
            XWPFTable table = docx.createTable(rows.length, 3);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    var run = table.getRow(r).getCell(c).getParagraphs().get(0).createRun();
                    run.setBold(r == 0);
                    run.setText(rows[r][c]);
                }
            }
            XWPFTable facts = docx.createTable(1, 2);
            var label = facts.getRow(0).getCell(0).getParagraphs().get(0).createRun();
            label.setBold(true);
            label.setText("Industry:");
            facts.getRow(0).getCell(1).getParagraphs().get(0).createRun().setText("Automotive");
            docx.write(out);

            var parsed = parser.parse(out.toByteArray(), "guide.docx");
            assertRows(parsed);
            assertThat(parsed.blocks()).extracting(DocumentParser.Block::text).contains("Industry: Automotive");
        }
    }

    @Test
    void aPdfTableDrawnAsCellsHasHeadersAndItsTextIsNotRepeated() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            String[][] rows = {{"Tier", "Deal role", "Upfront discount"}, {"Premier", "Sourced", "25%"},
                    {"Premier", "Influenced", "10%"}, {"Select", "Sourced", "15%"}};
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                text(content, regular, 60, 780, "Discounts depend on tier and deal role.");
                float y = 760;
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 3; c++) {
                        content.addRect(60 + c * 150, y - 18, 150, 18);
                        content.stroke();
                        text(content, r == 0 ? bold : regular, 64 + c * 150, y - 13, rows[r][c]);
                    }
                    y -= 18;
                }
                text(content, regular, 60, y - 30, "Discounts are paid on booking.");
            }
            pdf.save(out);

            var parsed = parser.parse(out.toByteArray(), "guide.pdf");
            assertRows(parsed);
            assertThat(parsed.blocks()).extracting(DocumentParser.Block::text).anyMatch(t -> t.contains("paid on booking"))
                    .anyMatch(t -> t.contains("depend on tier and deal role"));
            assertThat(parsed.blocks()).filteredOn(b -> b.table() != null).allSatisfy(b -> assertThat(b.page()).isEqualTo(1));
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
