package com.consort.knowledge.document;

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

    StructureHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
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

    private void flush() {
        if (inHeading || inTitle) {
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
