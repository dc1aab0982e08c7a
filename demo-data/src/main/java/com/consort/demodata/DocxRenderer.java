package com.consort.demodata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders a {@link DocModel} as a Word document whose title and section headings use the built-in
 * "heading 1" / "heading 2" / "heading 3" styles, so parsers see real headings. The package is re-zipped
 * with fixed entry times so that the same model gives the same bytes.
 */
final class DocxRenderer {

    private DocxRenderer() {
    }

    static byte[] render(DocModel doc, Date date) {
        try (XWPFDocument docx = new XWPFDocument()) {
            styles(docx);
            POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
            core.setTitle(doc.title);
            core.setCreator(doc.author);
            core.setDescription(doc.subtitle);
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            core.setLastModifiedByUser(doc.author);
            docx.getProperties().getExtendedProperties().setApplication("Consort demo data generator");

            styled(docx, "Heading1", doc.title);
            if (doc.subtitle != null) {
                XWPFRun run = docx.createParagraph().createRun();
                run.setItalic(true);
                run.setColor("6B7280");
                run.setText(doc.subtitle);
            }
            for (DocModel.Block b : doc.blocks) {
                block(docx, b);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return normaliseZip(out.toByteArray(),
                    java.time.LocalDateTime.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(XWPFDocument docx, DocModel.Block b) {
        if (b instanceof DocModel.Heading h) {
            styled(docx, "Heading" + h.level(), h.text());
        } else if (b instanceof DocModel.Paragraph p) {
            XWPFParagraph para = docx.createParagraph();
            para.setSpacingAfter(120);
            para.createRun().setText(p.text());
        } else if (b instanceof DocModel.Bullets l) {
            for (int i = 0; i < l.items().size(); i++) {
                XWPFParagraph para = docx.createParagraph();
                para.setIndentationLeft(360);
                para.setIndentationHanging(240);
                para.setSpacingAfter(60);
                para.createRun().setText((l.ordered() ? (i + 1) + "." : "\u2022") + "\t" + l.items().get(i));
            }
        } else if (b instanceof DocModel.Quote q) {
            XWPFParagraph para = docx.createParagraph();
            para.setIndentationLeft(567);
            XWPFRun run = para.createRun();
            run.setItalic(true);
            run.setText("\u201C" + q.text() + "\u201D");
            XWPFParagraph by = docx.createParagraph();
            by.setIndentationLeft(567);
            by.setSpacingAfter(160);
            XWPFRun attribution = by.createRun();
            attribution.setColor("6B7280");
            attribution.setText("\u2014 " + q.attribution());
        } else if (b instanceof DocModel.Facts f) {
            XWPFTable table = docx.createTable(f.facts().size(), 2);
            for (int i = 0; i < f.facts().size(); i++) {
                XWPFTableRow row = table.getRow(i);
                XWPFRun label = row.getCell(0).getParagraphs().get(0).createRun();
                label.setBold(true);
                label.setText(f.facts().get(i).label() + ":");
                row.getCell(1).getParagraphs().get(0).createRun().setText(f.facts().get(i).value());
            }
            docx.createParagraph();
        } else if (b instanceof DocModel.Table t) {
            int cols = t.rows().get(0).size();
            XWPFTable table = docx.createTable(t.rows().size(), cols);
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < cols; c++) {
                    XWPFRun run = table.getRow(r).getCell(c).getParagraphs().get(0).createRun();
                    run.setBold(r == 0);
                    run.setText(t.rows().get(r).get(c));
                }
            }
            docx.createParagraph();
        }
    }

    private static void styled(XWPFDocument docx, String style, String text) {
        XWPFParagraph para = docx.createParagraph();
        para.setStyle(style);
        para.setAlignment(ParagraphAlignment.LEFT);
        para.createRun().setText(text);
    }

    private static void styles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        addHeading(styles, 1, 32, "0B5CAB");
        addHeading(styles, 2, 26, "0B5CAB");
        addHeading(styles, 3, 22, "1D2433");
    }

    private static void addHeading(XWPFStyles styles, int level, int halfPoints, String color) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId("Heading" + level);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal("heading " + level);
        ct.addNewNext().setVal("Normal");
        ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 200));
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTRPr rpr = ct.addNewRPr();
        rpr.addNewB();
        rpr.addNewColor().setVal(color);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(ct, styles));
    }

    /** Rewrites the zip with every entry time fixed (time-zone independent); entry order and content are unchanged. */
    static byte[] normaliseZip(byte[] zip, java.time.LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
