package com.consort.knowledge.internal.document;

import com.consort.knowledge.Document;
import com.consort.knowledge.ParserBusyException;
import com.consort.knowledge.UnreadableDocumentException;
import com.consort.knowledge.UnsupportedDocumentException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Turns an uploaded file into text blocks that remember their page or section. The type is sniffed
 * from the bytes, not taken from the file name; OCR and embedded documents are off; output is capped
 * and every parse has a deadline, so a hostile file costs bounded time and memory.
 * <p>
 * Each parse runs on a thread of its own, at most {@code threads} at once. At the deadline the caller
 * gets its error and the parse is stopped: interrupted, and cancelled at Tika's next output event. A
 * parser that ignores both keeps its permit until it really ends, so stuck parses can never pile up
 * threads; while all permits are held, further parses are refused ({@link ParserBusyException}) instead of
 * queueing behind them.
 */
public class DocumentParser implements AutoCloseable {

    /** A unit of parsing work that should stop once {@code cancelled} is set. */
    interface Task {
        ParsedDocument run(AtomicBoolean cancelled) throws Exception;
    }

    /**
     * @param table the table this block is a row of (with its headers), or null for text
     */
    public record Block(String text, String heading, int page, TableRows.Table table) {
        public Block(String text, String heading, int page) {
            this(text, heading, page, null);
        }

        /** The column headers of the table this block is a row of, or null when it is no table row. */
        public String tableHeaders() {
            return table == null ? null : table.describe();
        }
    }

    /**
     * @param properties what the file says about itself: its front matter (lower-case keys, flattened) and
     *        document properties (title, author, subject, keywords, description, created, custom ones)
     */
    public record ParsedDocument(String mediaType, String title, List<Block> blocks, Map<String, String> properties) {
        public ParsedDocument(String mediaType, String title, List<Block> blocks) {
            this(mediaType, title, blocks, Map.of());
        }
    }

    static final String MARKDOWN = "text/markdown";
    private static final Set<String> SUPPORTED = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "text/html", "application/xhtml+xml", "text/plain", MARKDOWN, "text/x-web-markdown");
    private static final Pattern MARKDOWN_NAME = Pattern.compile("(?i).+\\.(md|markdown)$");
    private static final Pattern HTML_NAME = Pattern.compile("(?i).+\\.html?$");
    private static final Set<String> TEXTUAL = Set.of("text/html", "application/xhtml+xml", "text/plain", MARKDOWN,
            "text/x-web-markdown");
    /** Document properties worth keeping, by the name they are kept under. */
    private static final Map<String, org.apache.tika.metadata.Property> PROPERTIES = Map.of(
            "author", TikaCoreProperties.CREATOR, "subject", TikaCoreProperties.SUBJECT,
            "description", TikaCoreProperties.DESCRIPTION, "created", TikaCoreProperties.CREATED,
            "keywords", org.apache.tika.metadata.Office.KEYWORDS);
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|?.*\\|.*$");
    private static final Pattern PIPE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final Detector detector = parser.getDetector();
    private final int maxChars;
    private final Duration timeout;
    private final Semaphore permits;
    private final java.util.Set<Thread> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger started = new AtomicInteger();

    public DocumentParser(int maxChars, Duration timeout, int threads) {
        this.maxChars = maxChars;
        this.timeout = timeout;
        this.permits = new Semaphore(threads);
    }

    /**
     * The sniffed media type, refined for plain text by the name: Markdown when named *.md, HTML when
     * named *.html (a page without a doctype, as a site generator's source often is).
     */
    public String detect(byte[] content, String fileName) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType type = detector.detect(in, new Metadata()).getBaseType();
            String base = type.toString();
            if (base.equals("text/plain") && fileName != null && MARKDOWN_NAME.matcher(fileName).matches()) {
                return MARKDOWN;
            }
            if (base.equals("text/plain") && fileName != null && HTML_NAME.matcher(fileName).matches()) {
                return "text/html";
            }
            return base;
        } catch (IOException e) {
            throw new UnreadableDocumentException("Cannot detect the file type", e);
        }
    }

    /**
     * Parses a file. A page that starts with front matter (a site generator's source) is typed by its body,
     * and the front matter becomes properties; shortcodes are stripped from text formats.
     */
    public ParsedDocument parse(byte[] content, String fileName) {
        Map<String, String> frontMatter = Map.of();
        byte[] body = content;
        if (startsWith(content, "---") || startsWith(content, "+++") || startsWith(content, "\uFEFF---")) {
            FrontMatter.Split split = FrontMatter.split(decode(content));
            if (split != null) {
                frontMatter = split.properties();
                body = split.body().getBytes(StandardCharsets.UTF_8);
            }
        }
        String type = detect(body, fileName);
        if (!SUPPORTED.contains(type)) {
            throw new UnsupportedDocumentException("Unsupported file type " + type
                    + ": upload PDF, DOCX, PPTX, HTML, Markdown or plain text");
        }
        if (TEXTUAL.contains(type) && (body != content || FrontMatter.hasShortcodes(decode(body)))) {
            String text = FrontMatter.stripShortcodes(decode(body));
            // re-encoded as UTF-8, which an HTML parser must not guess otherwise
            body = ((type.equals("text/html") || type.equals("application/xhtml+xml") ? "<meta charset=\"utf-8\">" : "")
                    + text).getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = body;
        ParsedDocument parsed = run(type, cancelled -> type.equals(MARKDOWN) || type.equals("text/plain")
                ? parseText(bytes, type)
                : parseWithTika(bytes, type, cancelled));
        if (frontMatter.isEmpty()) {
            return parsed;
        }
        Map<String, String> properties = new LinkedHashMap<>(frontMatter);
        parsed.properties().forEach(properties::putIfAbsent);
        String title = parsed.title() != null && !parsed.title().equals(firstHeading(parsed)) ? parsed.title()
                : frontMatter.getOrDefault("title", parsed.title());
        return new ParsedDocument(parsed.mediaType(), title, parsed.blocks(), Map.copyOf(properties));
    }

    private static String firstHeading(ParsedDocument parsed) {
        return parsed.blocks().stream().map(Block::heading).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static boolean startsWith(byte[] content, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        return content.length >= p.length && java.util.Arrays.equals(content, 0, p.length, p, 0, p.length);
    }

    private static String decode(byte[] content) {
        CharsetDetector charset = new CharsetDetector();
        charset.setText(content);
        try {
            return charset.detect().getString();
        } catch (IOException e) {
            throw new UnreadableDocumentException("Cannot decode the text", e);
        }
    }

    /** Runs a parse on a thread of its own within the deadline; see the class comment. */
    ParsedDocument run(String type, Task task) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ParserBusyException("Every document parser is busy with slow files; try again in a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("Parsing was interrupted", e);
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<ParsedDocument> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(task.run(cancelled));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            } finally {
                running.remove(Thread.currentThread());
                permits.release();
            }
        }, "consort-parser-" + started.incrementAndGet());
        worker.setDaemon(true);
        running.add(worker);
        try {
            worker.start();
        } catch (RuntimeException | Error e) {
            running.remove(worker);
            permits.release();
            throw e;
        }
        try {
            // waiting for a permit counts against the deadline too, but the parse itself gets at least a second
            long left = Math.max(deadline - System.nanoTime(), Math.min(timeout.toNanos(), 1_000_000_000L));
            return result.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            cancelled.set(true);
            worker.interrupt();
            throw new UnreadableDocumentException("Parsing took longer than " + describe(timeout), e);
        } catch (InterruptedException e) {
            cancelled.set(true);
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("Parsing was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException(inWords(cause, type), cause);
        }
    }

    /**
     * Why a file could not be read, in words for the person who uploaded it: never the parser's own message,
     * which names classes ("TIKA-198: Illegal IOException from ...OOXMLParser@dd02b6d").
     */
    static String inWords(Throwable cause, String type) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max. ratio") || message.contains("expanded data")) {
                return "The file unpacks to far more data than its size (a \"zip bomb\", or a damaged file), so it was "
                        + "not read. Save it again from its application and upload that copy.";
            }
            if (t instanceof org.apache.tika.exception.EncryptedDocumentException || message.contains("password")) {
                return "The file is protected with a password. Upload a copy without the password.";
            }
        }
        return "The file could not be read as " + describeType(type) + ": it is damaged, incomplete or not really of "
                + "that type. Open it in its application, save it again and upload that copy.";
    }

    private static String describeType(String type) {
        if (type == null) {
            return "a document";
        }
        if (type.contains("wordprocessingml") || type.contains("msword")) {
            return "a Word document";
        }
        if (type.contains("presentationml") || type.contains("powerpoint")) {
            return "a PowerPoint presentation";
        }
        if (type.contains("pdf")) {
            return "a PDF";
        }
        if (type.contains("html")) {
            return "a web page";
        }
        return "a " + type.substring(type.indexOf('/') + 1) + " file";
    }

    /** Parses still running, including ones past their deadline that have not stopped yet. */
    int runningParses() {
        return running.size();
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private ParsedDocument parseWithTika(byte[] content, String type, AtomicBoolean cancelled) throws Exception {
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        // No Parser in the context: embedded documents (attachments, nested archives) are not parsed.
        StructureHandler handler = new StructureHandler(maxChars);
        try (InputStream in = TikaInputStream.get(content)) {
            // the type decided here, as a hint: the auto-detecting parser (whose zip bomb guard must stay) would
            // sniff a page typed by its name ("*.html" without a doctype) as plain text again, and takes a hint
            // that is a specialisation of what it sniffed
            metadata.set(Metadata.CONTENT_TYPE, type);
            parser.parse(in, new Cancellable(handler, cancelled), metadata, context);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException("The document has more than " + maxChars
                        + " characters of text", e);
            }
            throw e;
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        Map<String, String> properties = new LinkedHashMap<>();
        PROPERTIES.forEach((name, property) -> {
            String value = metadata.get(property);
            if (value != null && !value.isBlank()) {
                properties.put(name, value.strip());
            }
        });
        for (String name : metadata.names()) { // an Office file's custom properties ("Industry", "Customer")
            if (name.startsWith("custom:") && metadata.get(name) != null && !metadata.get(name).isBlank()) {
                properties.putIfAbsent(name.substring("custom:".length()).toLowerCase(java.util.Locale.ROOT), metadata.get(name).strip());
            }
        }
        List<Block> blocks = handler.blocks();
        if (type.equals("application/pdf")) {
            blocks = pdfTables(content, blocks);
        }
        return new ParsedDocument(type, title == null || title.isBlank() ? handler.firstHeading() : title.strip(),
                blocks, Map.copyOf(properties));
    }

    /** A PDF's ruled tables as row passages (PDFBox); a PDF whose tables cannot be read keeps Tika's text. */
    private static List<Block> pdfTables(byte[] content, List<Block> blocks) {
        try {
            var tables = PdfTables.read(content);
            return tables.isEmpty() ? blocks : PdfTables.merge(blocks, tables);
        } catch (IOException | RuntimeException e) {
            return blocks;
        }
    }

    /** Markdown and plain text: paragraphs split on blank lines, '#' headings become sections. */
    private ParsedDocument parseText(byte[] content, String type) throws IOException {
        String text = decode(content);
        if (text.length() > maxChars) {
            throw new UnreadableDocumentException("The document has more than " + maxChars + " characters of text", null);
        }
        boolean markdown = type.equals(MARKDOWN);
        List<Block> blocks = new ArrayList<>();
        String heading = null;
        String title = null;
        StringBuilder paragraph = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            String line;
            List<String> tableHeaders = null;
            String previous = null;
            while ((line = lines.readLine()) != null) {
                var h = markdown ? HEADING.matcher(line.strip()) : null;
                if (markdown && tableHeaders != null && PIPE_ROW.matcher(line).matches()) {
                    List<String> cells = pipeCells(line);
                    String row = TableRows.passage(tableHeaders, cells.stream().map(DocumentParser::stripInlineMarkdown).toList());
                    if (!row.isBlank()) {
                        blocks.add(new Block(row, heading, 0, new TableRows.Table(tableHeaders, null)));
                    }
                    continue;
                }
                tableHeaders = null;
                if (markdown && previous != null && PIPE_ROW.matcher(previous).matches() && PIPE_RULE.matcher(line).matches()
                        && paragraph.toString().equals(previous.strip())) {
                    // the paragraph so far is the header row of a pipe table: its rows follow as passages
                    tableHeaders = pipeCells(previous).stream().map(DocumentParser::stripInlineMarkdown).toList();
                    paragraph.setLength(0);
                    previous = line;
                    continue;
                }
                previous = line;
                if (h != null && h.matches()) {
                    flush(blocks, paragraph, heading, markdown);
                    heading = stripInlineMarkdown(h.group(2));
                    if (title == null && h.group(1).length() == 1) {
                        title = heading;
                    }
                } else if (line.isBlank()) {
                    flush(blocks, paragraph, heading, markdown);
                } else if (markdown && LIST_ITEM.matcher(line).find()) {
                    flush(blocks, paragraph, heading, markdown); // each list item is a block of its own
                    paragraph.append(line.strip());
                } else {
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
                }
            }
        }
        flush(blocks, paragraph, heading, markdown);
        return new ParsedDocument(type, title, blocks);
    }

    /** The cells of a Markdown pipe-table row; "\\|" is a pipe inside a cell. */
    private static List<String> pipeCells(String line) {
        String row = line.strip();
        row = row.startsWith("|") ? row.substring(1) : row;
        row = row.endsWith("|") && !row.endsWith("\\|") ? row.substring(0, row.length() - 1) : row;
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.replace("\\|", "|").strip());
        }
        return cells;
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph, String heading, boolean markdown) {
        if (!paragraph.isEmpty()) {
            String text = markdown ? stripInlineMarkdown(paragraph.toString()) : paragraph.toString();
            if (!text.isBlank()) {
                blocks.add(new Block(text.strip(), heading, 0));
            }
            paragraph.setLength(0);
        }
    }

    static String stripInlineMarkdown(String text) {
        return text.replaceAll("!\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("(\\*\\*|__|`)", "")
                .replaceAll("(?<![\\w*])[*_](?=\\S)([^*_]+?)(?<=\\S)[*_](?![\\w*])", "$1")
                .replaceAll("^\\s*(?:[-*+]|\\d+[.)]|>)\\s+", "")
                .strip();
    }

    /** Stops Tika at its next output event once the parse is cancelled. */
    private static final class Cancellable extends ContentHandlerDecorator {
        private final AtomicBoolean cancelled;

        Cancellable(StructureHandler handler, AtomicBoolean cancelled) {
            super(handler);
            this.cancelled = cancelled;
        }

        private void check() throws SAXException {
            if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                throw new SAXException("Parsing was cancelled at its deadline");
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            check();
            super.endElement(uri, localName, name);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check();
            super.ignorableWhitespace(ch, start, length);
        }
    }

    /** Interrupts parses still running (their threads are daemons and end at their next check). */
    @Override
    public void close() {
        running.forEach(Thread::interrupt);
    }
}
