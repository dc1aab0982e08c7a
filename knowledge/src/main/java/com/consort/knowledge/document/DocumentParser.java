package com.consort.knowledge.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.BufferedReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

/**
 * Turns an uploaded file into text blocks that remember their page or section. The type is sniffed
 * from the bytes, not taken from the file name; OCR and embedded documents are off; output is capped
 * and every parse runs on a bounded pool with a timeout, so a hostile file costs bounded time and memory.
 */
public class DocumentParser implements AutoCloseable {

    /** A file Consort will not parse; the message is safe to show to the uploader. */
    public static class UnsupportedDocumentException extends RuntimeException {
        public UnsupportedDocumentException(String message) {
            super(message);
        }
    }

    /** A file of a supported type that could not be read (corrupt, truncated, too big once extracted). */
    public static class UnreadableDocumentException extends RuntimeException {
        public UnreadableDocumentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public record Block(String text, String heading, int page) {
    }

    public record ParsedDocument(String mediaType, String title, List<Block> blocks) {
    }

    static final String MARKDOWN = "text/markdown";
    private static final Set<String> SUPPORTED = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "text/html", "application/xhtml+xml", "text/plain", MARKDOWN, "text/x-web-markdown");
    private static final Pattern MARKDOWN_NAME = Pattern.compile("(?i).+\\.(md|markdown)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final Detector detector = parser.getDetector();
    private final int maxChars;
    private final Duration timeout;
    private final ExecutorService pool;

    public DocumentParser(int maxChars, Duration timeout, int threads) {
        this.maxChars = maxChars;
        this.timeout = timeout;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "consort-parser");
            t.setDaemon(true);
            return t;
        });
    }

    /** The sniffed media type, refined to Markdown for plain text named *.md. */
    public String detect(byte[] content, String fileName) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType type = detector.detect(in, new Metadata()).getBaseType();
            String base = type.toString();
            if (base.equals("text/plain") && fileName != null && MARKDOWN_NAME.matcher(fileName).matches()) {
                return MARKDOWN;
            }
            return base;
        } catch (IOException e) {
            throw new UnreadableDocumentException("Cannot detect the file type", e);
        }
    }

    public ParsedDocument parse(byte[] content, String fileName) {
        String type = detect(content, fileName);
        if (!SUPPORTED.contains(type)) {
            throw new UnsupportedDocumentException("Unsupported file type " + type
                    + ": upload PDF, DOCX, PPTX, HTML, Markdown or plain text");
        }
        Future<ParsedDocument> result = pool.submit(() -> type.equals(MARKDOWN) || type.equals("text/plain")
                ? parseText(content, type)
                : parseWithTika(content, type));
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new UnreadableDocumentException("Parsing took longer than " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("Parsing was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException("The " + type + " file could not be read: " + cause.getMessage(), cause);
        }
    }

    private ParsedDocument parseWithTika(byte[] content, String type) throws Exception {
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
            parser.parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException("The document has more than " + maxChars
                        + " characters of text", e);
            }
            throw e;
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        return new ParsedDocument(type, title == null || title.isBlank() ? handler.firstHeading() : title.strip(),
                handler.blocks());
    }

    /** Markdown and plain text: paragraphs split on blank lines, '#' headings become sections. */
    private ParsedDocument parseText(byte[] content, String type) throws IOException {
        CharsetDetector charset = new CharsetDetector();
        charset.setText(content);
        String text = charset.detect().getString();
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
            while ((line = lines.readLine()) != null) {
                var h = markdown ? HEADING.matcher(line.strip()) : null;
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

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
