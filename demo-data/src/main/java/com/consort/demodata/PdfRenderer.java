package com.consort.demodata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a {@link DocModel} as a text PDF (standard Helvetica fonts, not embedded), paginating as needed.
 * Dates and the document id are fixed so that the same model gives the same bytes.
 */
final class PdfRenderer {

    private static final float MARGIN_X = 60;
    private static final float MARGIN_TOP = 64;
    private static final float MARGIN_BOTTOM = 70;
    private static final float[] BLUE = {0.04f, 0.36f, 0.67f};
    private static final float[] INK = {0.11f, 0.14f, 0.2f};
    private static final float[] GREY = {0.42f, 0.45f, 0.5f};

    // shared: PDFBox looks up a system substitute for each new standard-14 font (only used for rendering, never
    // for writing: widths come from the built-in AFM metrics, so output does not depend on installed fonts)
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private static final Map<Character, String> ENCODABLE = new HashMap<>();

    private final PDType1Font regular = REGULAR;
    private final PDType1Font bold = BOLD;
    private final PDType1Font italic = ITALIC;
    private final Map<Character, String> encodable = ENCODABLE;

    private PDDocument pdf;
    private PDPageContentStream cs;
    private float y;
    private int pageNumber;
    private String footer;

    static byte[] render(DocModel doc, String footer, long documentId, Calendar date) {
        return new PdfRenderer().write(doc, footer, documentId, date);
    }

    private byte[] write(DocModel doc, String footerText, long documentId, Calendar date) {
        this.footer = footerText;
        try (PDDocument document = new PDDocument()) {
            pdf = document;
            document.setDocumentId(documentId);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(doc.title);
            info.setAuthor(doc.author);
            info.setSubject(doc.subtitle);
            info.setCreator("Consort demo data generator");
            info.setProducer("Apache PDFBox");
            info.setCreationDate(date);
            info.setModificationDate(date);
            document.getDocumentCatalog().setLanguage(doc.language);
            newPage();
            text(doc.title, bold, 20, 25, MARGIN_X, width(), BLUE);
            if (doc.subtitle != null) {
                y -= 2;
                text(doc.subtitle, italic, 11, 15, MARGIN_X, width(), GREY);
            }
            y -= 10;
            for (DocModel.Block b : doc.blocks) {
                block(b);
            }
            cs.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void block(DocModel.Block b) throws IOException {
        if (b instanceof DocModel.Heading h) {
            float size = h.level() == 2 ? 13.5f : 11.5f;
            ensure(size * 3.5f);
            y -= h.level() == 2 ? 10 : 6;
            text(h.text(), bold, size, size + 4, MARGIN_X, width(), h.level() == 2 ? BLUE : INK);
            y -= 3;
        } else if (b instanceof DocModel.Paragraph p) {
            text(p.text(), regular, 10.5f, 14.5f, MARGIN_X, width(), INK);
            y -= 6;
        } else if (b instanceof DocModel.Bullets l) {
            for (int i = 0; i < l.items().size(); i++) {
                String item = l.items().get(i);
                ensure(15);
                show(l.ordered() ? (i + 1) + "." : "\u2022", regular, 10.5f, MARGIN_X + 4, y - 10.5f, INK);
                text(item, regular, 10.5f, 14.5f, MARGIN_X + 16, width() - 16, INK);
                y -= 2;
            }
            y -= 4;
        } else if (b instanceof DocModel.Quote q) {
            ensure(40);
            float top = y;
            text("\u201C" + q.text() + "\u201D", italic, 11, 15, MARGIN_X + 18, width() - 24, INK);
            text("\u2014 " + q.attribution(), regular, 9.5f, 13, MARGIN_X + 18, width() - 24, GREY);
            if (top > y) {
                cs.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
                cs.addRect(MARGIN_X + 4, y + 2, 3, top - y - 2);
                cs.fill();
            }
            y -= 8;
        } else if (b instanceof DocModel.Facts f) {
            facts(f);
        } else if (b instanceof DocModel.Table t) {
            table(t);
        }
    }

    private void facts(DocModel.Facts f) throws IOException {
        float labelWidth = 0;
        for (DocModel.Fact fact : f.facts()) {
            labelWidth = Math.max(labelWidth, widthOf(fact.label() + ":", bold, 9.5f));
        }
        List<List<String>> wrapped = new ArrayList<>();
        float height = 12;
        for (DocModel.Fact fact : f.facts()) {
            List<String> lines = wrap(fact.value(), regular, 9.5f, width() - labelWidth - 30);
            wrapped.add(lines);
            height += lines.size() * 13;
        }
        ensure(height + 10);
        cs.setNonStrokingColor(0.93f, 0.95f, 0.98f);
        cs.addRect(MARGIN_X, y - height, width(), height);
        cs.fill();
        float rowY = y - 6;
        for (int i = 0; i < f.facts().size(); i++) {
            show(f.facts().get(i).label() + ":", bold, 9.5f, MARGIN_X + 10, rowY - 9.5f, INK);
            for (String line : wrapped.get(i)) {
                show(line, regular, 9.5f, MARGIN_X + 20 + labelWidth, rowY - 9.5f, INK);
                rowY -= 13;
            }
        }
        y -= height + 10;
    }

    private void table(DocModel.Table t) throws IOException {
        int cols = t.rows().get(0).size();
        float colWidth = width() / cols;
        for (int r = 0; r < t.rows().size(); r++) {
            PDType1Font font = r == 0 ? bold : regular;
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (String c : t.rows().get(r)) {
                List<String> w = wrap(c, font, 9, colWidth - 8);
                cells.add(w);
                lines = Math.max(lines, w.size());
            }
            float rowHeight = lines * 12 + 6;
            ensure(rowHeight);
            cs.setStrokingColor(0.75f, 0.78f, 0.85f);
            for (int c = 0; c < cols; c++) {
                cs.addRect(MARGIN_X + c * colWidth, y - rowHeight, colWidth, rowHeight);
                cs.stroke();
                float lineY = y - 4;
                for (String line : cells.get(c)) {
                    show(line, font, 9, MARGIN_X + c * colWidth + 4, lineY - 9, INK);
                    lineY -= 12;
                }
            }
            y -= rowHeight;
        }
        y -= 10;
    }

    /** Wraps and draws text starting at the current y, breaking pages as needed. */
    private void text(String s, PDType1Font font, float size, float leading, float x, float w, float[] color)
            throws IOException {
        for (String line : wrap(s, font, size, w)) {
            ensure(leading);
            show(line, font, size, x, y - size, color);
            y -= leading;
        }
    }

    private void show(String s, PDType1Font font, float size, float x, float baseline, float[] color)
            throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(color[0], color[1], color[2]);
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(safe(s, font));
        cs.endText();
    }

    private List<String> wrap(String s, PDType1Font font, float size, float w) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (widthOf(candidate, font, size) <= w || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float widthOf(String s, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(safe(s, font)) / 1000f * size;
    }

    /** Replaces characters the standard fonts cannot encode (WinAnsi) with a close ASCII spelling. */
    private String safe(String s, PDType1Font font) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(encodable.computeIfAbsent(c, ch -> {
                String one = String.valueOf(ch);
                try {
                    font.encode(one);
                    return one;
                } catch (IllegalArgumentException | IOException e) {
                    String stripped = Normalizer.normalize(one, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                    return stripped.isEmpty() || stripped.charAt(0) > 0x7e ? "?" : stripped;
                }
            }));
        }
        return sb.toString();
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN_X;
    }

    private void ensure(float needed) throws IOException {
        if (y - needed < MARGIN_BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        cs = new PDPageContentStream(pdf, page);
        pageNumber++;
        y = PDRectangle.A4.getHeight() - MARGIN_TOP;
        String label = footer + "  \u00B7  Page " + pageNumber;
        show(label, regular, 8.5f, MARGIN_X, 36, GREY);
        cs.setStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
        cs.moveTo(MARGIN_X, 50);
        cs.lineTo(PDRectangle.A4.getWidth() - MARGIN_X, 50);
        cs.stroke();
    }
}
