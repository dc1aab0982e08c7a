package com.consort.knowledge.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tika's XHTML into blocks that know their heading and page (PDF pages, PPTX slides), which
 * is what a citation needs. Stops with Tika's write-limit error once {@code maxChars} is exceeded.
 */
class StructureHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "pre", "blockquote", "dd", "dt", "div",
            "h1", "h2", "h3", "h4", "h5", "h6", "title", "tr");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** PDF text has no heading tags; a short numbered line without a full stop ("2.4 The MDF process") is one. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+\\p{Lu}[^.!?]{2,90}");

    private final int maxChars;
    private final List<DocumentParser.Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int written;
    private int page;
    private String heading;
    private String firstHeading;
    private boolean inHeading;
    private boolean inTitle;
    private int rowDepth;
    /** The table being read (the outermost one: a table inside a cell is read as the cell's text). */
    private int tableDepth;
    private String caption;
    private boolean inCaption;
    private List<String> headers;
    private boolean inHead;
    private final List<String> cells = new ArrayList<>();
    private boolean rowAllBold;
    private boolean rowAllHeaderCells;
    private int cellStart = -1;
    private int boldStart = -1;
    private int boldChars;
    private boolean cellIsHeader;
    private int rowsSeen;

    StructureHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("table") && ++tableDepth == 1) {
            flush();
            caption = null;
            headers = null;
            rowsSeen = 0;
        }
        if (tableDepth == 1) {
            startTablePart(name);
        }
        if (rowDepth > 0 && !name.equals("tr")) {
            text.append(' '); // cells of a table row stay one block: "Industry: Automotive"
        } else if (name.equals("dd")) {
            text.append(' '); // a definition stays with its term
        } else if (BLOCKS.contains(name)) {
            flush();
        }
        if (name.equals("tr")) {
            rowDepth++;
        }
        if (name.equals("div")) {
            String cls = atts.getValue("class");
            if ("page".equals(cls) || "slide-content".equals(cls)) {
                page++;
            }
        }
        inHeading |= HEADINGS.contains(name);
        inTitle |= name.equals("title");
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (tableDepth == 1 && endTablePart(name)) {
            return;
        }
        if (name.equals("table")) {
            tableDepth = Math.max(0, tableDepth - 1);
        }
        if (HEADINGS.contains(name)) {
            String h = text.toString().strip().replaceAll("\\s+", " ");
            text.setLength(0);
            inHeading = false;
            if (!h.isEmpty()) {
                heading = h;
                if (firstHeading == null) {
                    firstHeading = h;
                }
            }
        } else if (name.equals("title")) {
            text.setLength(0); // the <title> is metadata, not body text
            inTitle = false;
        } else if (name.equals("tr")) {
            rowDepth = Math.max(0, rowDepth - 1);
            flush();
        } else if (rowDepth == 0 && !name.equals("dt") && BLOCKS.contains(name)) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        written += length;
        if (written > maxChars) {
            throw new WriteLimitReachedException(maxChars);
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        text.append(' ');
    }

    private void startTablePart(String name) {
        switch (name) {
            case "caption" -> {
                flush();
                inCaption = true;
            }
            case "thead" -> inHead = true;
            case "tr" -> {
                if (rowsSeen == 0 && caption == null && !text.toString().isBlank()) {
                    caption = text.toString().strip().replaceAll("\\s+", " "); // a caption Tika passed on as bare text
                    text.setLength(0);
                }
                cells.clear();
                rowAllBold = true;
                rowAllHeaderCells = true;
            }
            case "td", "th" -> {
                cellStart = text.length();
                boldChars = 0;
                cellIsHeader = name.equals("th");
            }
            case "b", "strong" -> boldStart = text.length();
            default -> {
            }
        }
    }

    /** Reads the end of a part of the outermost table; true when the element is fully handled here. */
    private boolean endTablePart(String name) {
        switch (name) {
            case "caption" -> {
                caption = text.toString().strip().replaceAll("\\s+", " ");
                text.setLength(0);
                inCaption = false;
                return true;
            }
            case "thead" -> inHead = false;
            case "b", "strong" -> {
                if (boldStart >= 0 && cellStart >= 0) {
                    boldChars += text.substring(Math.max(boldStart, cellStart)).strip().length();
                }
                boldStart = -1;
            }
            case "td", "th" -> {
                if (cellStart >= 0 && cellStart <= text.length()) {
                    String cell = text.substring(cellStart).strip().replaceAll("\\s+", " ");
                    cells.add(cell);
                    rowAllBold &= cell.isEmpty() || boldChars >= cell.replace(" ", "").length() - 1 || cellIsHeader;
                    rowAllHeaderCells &= cellIsHeader;
                }
                cellStart = -1;
            }
            case "tr" -> {
                return endRow();
            }
            default -> {
            }
        }
        return false;
    }

    /**
     * A row of a table with a header row becomes a passage with its headers (the header row is in each of
     * them); the rows of a table without one are read as before, one block of the row's cells.
     */
    private boolean endRow() {
        rowsSeen++;
        boolean header = (inHead || rowAllHeaderCells || rowsSeen == 1 && TableRows.headerLike(cells, rowAllBold))
                && headers == null && !cells.isEmpty();
        rowDepth = Math.max(0, rowDepth - 1);
        if (header) {
            headers = List.copyOf(cells);
            text.setLength(0); // the headers are in every row's passage
            return true;
        }
        if (headers == null) {
            flush();
            return true;
        }
        text.setLength(0);
        String passage = TableRows.passage(headers, cells);
        if (!passage.isEmpty()) {
            blocks.add(new DocumentParser.Block(passage, heading, page, new TableRows.Table(headers, caption)));
        }
        return true;
    }

    private void flush() {
        if (inHeading || inTitle || inCaption) {
            return;
        }
        String block = text.toString().strip().replaceAll("\\s+", " ");
        text.setLength(0);
        if (page > 0 && NUMBERED_HEADING.matcher(block).matches()) {
            heading = block; // like a tagged heading: it goes to the locator and the embedded context
            return;
        }
        if (!block.isEmpty()) {
            blocks.add(new DocumentParser.Block(block, heading, page));
        }
    }

    List<DocumentParser.Block> blocks() {
        flush();
        return blocks;
    }

    String firstHeading() {
        return firstHeading;
    }
}
