package com.consort.demodata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Renders the PDF and DOCX files of an eval dataset (eval/datasets/NAME) from their Markdown sources, with the
 * demo generator's renderers: {@code sources/targets.csv} lists {@code source,target,author} pairs relative to
 * {@code sources/} and {@code documents/}. Fixed dates and document ids: the same sources give the same bytes.
 * Run by eval/datasets/corvane/tools/render-documents.sh.
 */
public final class DatasetDocumentRenderer {

    private DatasetDocumentRenderer() {
    }

    public static void main(String[] args) throws IOException {
        Path dataset = Path.of(args[0]);
        Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.clear();
        date.set(2026, Calendar.NOVEMBER, 2, 9, 0, 0);
        List<String> lines = Files.readAllLines(dataset.resolve("sources/targets.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split(",", 3);
            String markdown = Files.readString(dataset.resolve("sources").resolve(cols[0]), StandardCharsets.UTF_8);
            DocModel doc = DocModel.fromMarkdown(markdown, "en", cols[2].strip());
            Path target = dataset.resolve("documents").resolve(cols[1]);
            byte[] bytes = cols[1].endsWith(".pdf")
                    ? PdfRenderer.render(doc, doc.title, cols[1].hashCode(), date)
                    : DocxRenderer.render(doc, new Date(date.getTimeInMillis()));
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            System.out.println(target + " (" + bytes.length + " bytes)");
        }
    }
}
