package com.consort.knowledge.internal.document;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Tables of a PDF whose cells are drawn as rectangles (as report generators draw them), read with PDFBox:
 * the cell rectangles give rows and columns, and the characters inside each rectangle its text. Tika's
 * text of a PDF loses the columns, so rows of such a table are put back as passages that keep their
 * headers ({@link TableRows}). Tables drawn with loose lines, or none, stay as Tika read them.
 */
final class PdfTables {

    /** A table found on a page (1-based): its rows of cell texts, the first being the headers. */
    record Found(int page, List<List<String>> rows) {
    }

    private static final float TOLERANCE = 2f;
    private static final float MIN_WIDTH = 8f;
    private static final float MIN_HEIGHT = 6f;
    /** A text block on the page is the table's when at least this share of its words are cells' words. */
    private static final double TABLE_SHARE = 0.7;

    private PdfTables() {
    }

    /** Tables with a header row, by page. */
    static Map<Integer, List<Found>> read(byte[] pdf) throws IOException {
        Map<Integer, List<Found>> byPage = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pageNumber = 0;
            for (PDPage page : document.getPages()) {
                pageNumber++;
                Cells cells = new Cells(page);
                cells.processPage(page);
                List<List<Rectangle2D>> tables = tables(rows(cells.rectangles));
                if (tables.isEmpty()) {
                    continue;
                }
                Characters characters = new Characters(page.getMediaBox().getHeight());
                characters.setStartPage(pageNumber);
                characters.setEndPage(pageNumber);
                characters.getText(document);
                for (List<Rectangle2D> table : tables) {
                    Found found = fill(pageNumber, table, characters.positions);
                    if (found != null) {
                        byPage.computeIfAbsent(pageNumber, p -> new ArrayList<>()).add(found);
                    }
                }
            }
        }
        return byPage;
    }

    /**
     * The blocks of a parsed PDF with each found table's text replaced by its row passages, placed where the
     * table's text began.
     */
    static List<DocumentParser.Block> merge(List<DocumentParser.Block> blocks, Map<Integer, List<Found>> tables) {
        List<DocumentParser.Block> merged = new ArrayList<>(blocks);
        tables.forEach((page, found) -> {
            for (Found table : found) {
                Map<String, Integer> words = new HashMap<>();
                table.rows().forEach(row -> row.forEach(cell -> words(cell).forEach(w -> words.merge(w, 1, Integer::sum))));
                int insertAt = -1;
                String heading = null;
                for (int i = 0; i < merged.size(); i++) {
                    DocumentParser.Block block = merged.get(i);
                    if (block.page() != page || block.table() != null) {
                        continue;
                    }
                    List<String> own = words(block.text());
                    long inTable = own.stream().filter(w -> words.getOrDefault(w, 0) > 0).count();
                    if (!own.isEmpty() && inTable >= TABLE_SHARE * own.size()) {
                        own.forEach(w -> words.computeIfPresent(w, (k, n) -> n - 1));
                        if (insertAt < 0) {
                            insertAt = i;
                            heading = block.heading();
                        }
                        merged.remove(i--);
                    }
                }
                if (insertAt < 0) {
                    continue; // Tika's text of it was not found: leave the page as it is
                }
                List<String> headers = table.rows().get(0);
                List<DocumentParser.Block> rows = new ArrayList<>();
                for (List<String> row : table.rows().subList(1, table.rows().size())) {
                    String passage = TableRows.passage(headers, row);
                    if (!passage.isEmpty()) {
                        rows.add(new DocumentParser.Block(passage, heading, page, new TableRows.Table(headers, null)));
                    }
                }
                merged.addAll(insertAt, rows);
            }
        });
        return merged;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Cell rectangles grouped into rows (same top and bottom), top row first, cells left to right. */
    private static List<List<Rectangle2D>> rows(List<Rectangle2D> rectangles) {
        List<Rectangle2D> sorted = new ArrayList<>(rectangles);
        sorted.sort(Comparator.comparingDouble((Rectangle2D r) -> -r.getMaxY()).thenComparingDouble(Rectangle2D::getMinX));
        List<List<Rectangle2D>> rows = new ArrayList<>();
        for (Rectangle2D r : sorted) {
            List<Rectangle2D> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && near(row.get(0).getMaxY(), r.getMaxY()) && near(row.get(0).getMinY(), r.getMinY())) {
                if (row.stream().noneMatch(c -> near(c.getMinX(), r.getMinX()))) { // a cell drawn twice is one cell
                    row.add(r);
                }
            } else {
                rows.add(new ArrayList<>(List.of(r)));
            }
        }
        return rows;
    }

    /** Runs of adjacent rows with the same columns (at least two of each) are tables. */
    private static List<List<Rectangle2D>> tables(List<List<Rectangle2D>> rows) {
        List<List<Rectangle2D>> tables = new ArrayList<>();
        List<List<Rectangle2D>> current = new ArrayList<>();
        for (List<Rectangle2D> row : rows) {
            if (!current.isEmpty() && !continues(current.get(current.size() - 1), row)) {
                addTable(tables, current);
                current = new ArrayList<>();
            }
            current.add(row);
        }
        addTable(tables, current);
        return tables;
    }

    private static void addTable(List<List<Rectangle2D>> tables, List<List<Rectangle2D>> rows) {
        if (rows.size() >= 2 && rows.get(0).size() >= 2) {
            List<Rectangle2D> cells = new ArrayList<>();
            rows.forEach(cells::addAll);
            tables.add(cells);
        }
    }

    private static boolean continues(List<Rectangle2D> above, List<Rectangle2D> below) {
        if (above.size() != below.size() || !near(above.get(0).getMinY(), below.get(0).getMaxY())) {
            return false;
        }
        for (int i = 0; i < above.size(); i++) {
            if (!near(above.get(i).getMinX(), below.get(i).getMinX())) {
                return false;
            }
        }
        return true;
    }

    /** The table's cells filled with their characters; null unless its first row reads as headers. */
    private static Found fill(int page, List<Rectangle2D> cells, List<Glyph> glyphs) {
        Map<Rectangle2D, StringBuilder> texts = new java.util.LinkedHashMap<>();
        Map<Rectangle2D, boolean[]> bold = new HashMap<>();
        cells.forEach(c -> {
            texts.put(c, new StringBuilder());
            bold.put(c, new boolean[] {true});
        });
        Map<Rectangle2D, Glyph> last = new HashMap<>();
        for (Glyph g : glyphs) {
            for (Rectangle2D cell : cells) {
                if (cell.contains(g.x(), g.y())) {
                    StringBuilder text = texts.get(cell);
                    Glyph previous = last.get(cell);
                    if (previous != null && (Math.abs(previous.y() - g.y()) > g.height() / 2
                            || g.left() - previous.end() > g.width() * 0.3)) {
                        text.append(' ');
                    }
                    text.append(g.text());
                    if (!g.text().isBlank()) {
                        bold.get(cell)[0] &= g.bold();
                    }
                    last.put(cell, g);
                    break;
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        boolean firstRowBold = true;
        double top = cells.get(0).getMaxY();
        for (Rectangle2D cell : cells) {
            if (!near(cell.getMaxY(), top)) {
                rows.add(row);
                row = new ArrayList<>();
                top = cell.getMaxY();
            }
            row.add(texts.get(cell).toString().strip().replaceAll("\\s+", " "));
            if (rows.isEmpty()) {
                firstRowBold &= bold.get(cell)[0];
            }
        }
        rows.add(row);
        return TableRows.headerLike(rows.get(0), firstRowBold) ? new Found(page, rows) : null;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE;
    }

    /** A character's centre in the page's user space (y up), as the cell rectangles are. */
    private record Glyph(String text, double x, double y, double width, double height, double left, double end, boolean bold) {
    }

    /** Collects the rectangles a page strokes or fills. */
    private static final class Cells extends PDFGraphicsStreamEngine {
        final List<Rectangle2D> rectangles = new ArrayList<>();
        private final List<Rectangle2D> path = new ArrayList<>();
        private final Point2D current = new Point2D.Float();

        Cells(PDPage page) {
            super(page);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            if (maxX - minX >= MIN_WIDTH && maxY - minY >= MIN_HEIGHT) {
                path.add(new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY));
            }
        }

        private void paint() {
            rectangles.addAll(path);
            path.clear();
        }

        @Override
        public void strokePath() {
            paint();
        }

        @Override
        public void fillPath(int windingRule) {
            paint();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }
    }

    /** Collects the characters of one page with their positions. */
    private static final class Characters extends PDFTextStripper {
        final List<Glyph> positions = new ArrayList<>();
        private final float pageHeight;

        Characters(float pageHeight) {
            this.pageHeight = pageHeight;
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            for (TextPosition p : textPositions) {
                String font = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName();
                double x = p.getXDirAdj() + p.getWidthDirAdj() / 2;
                double y = pageHeight - p.getYDirAdj() + p.getHeightDir() / 2;
                positions.add(new Glyph(p.getUnicode(), x, y, p.getWidthDirAdj(), p.getHeightDir(), p.getXDirAdj(),
                        p.getXDirAdj() + p.getWidthDirAdj(), font.toLowerCase(Locale.ROOT).contains("bold")));
            }
        }
    }
}
