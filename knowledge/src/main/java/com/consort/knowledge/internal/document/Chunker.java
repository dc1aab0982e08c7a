package com.consort.knowledge.internal.document;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits parsed blocks into chunks of at most ~{@code maxChars} characters (about 200 tokens; the
 * embedding model loses quality past ~256) that never cross a page or section, so each chunk has
 * one precise locator for its citation.
 */
public class Chunker {

    /**
     * A chunk before it is stored; {@code context} (title, heading and a table's caption) is embedded with it;
     * {@code tableHeaders} is set when the chunk is one row of a table.
     */
    public record Piece(String locator, String text, String context, String tableHeaders) {
        public Piece(String locator, String text, String context) {
            this(locator, text, context, null);
        }
    }

    private final int maxChars;

    public Chunker(int maxChars) {
        this.maxChars = maxChars;
    }

    public List<Piece> chunk(String title, DocumentParser.ParsedDocument document) {
        String pageWord = document.mediaType().contains("presentation") ? "slide" : "page";
        List<Piece> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        DocumentParser.Block sectionStart = null;
        for (DocumentParser.Block block : document.blocks()) {
            if (block.table() != null) { // a table row is a passage of its own, with its headers
                if (sectionStart != null) {
                    emit(pieces, current, sectionStart, title, pageWord);
                    sectionStart = null;
                }
                for (String part : fit(block.text())) {
                    current.append(part);
                    emit(pieces, current, block, title, pageWord);
                }
                continue;
            }
            if (sectionStart != null && (block.page() != sectionStart.page()
                    || !Objects.equals(block.heading(), sectionStart.heading()))) {
                emit(pieces, current, sectionStart, title, pageWord);
            }
            if (current.isEmpty()) {
                sectionStart = block;
            }
            for (String part : fit(block.text())) {
                if (!current.isEmpty() && current.length() + 1 + part.length() > maxChars) {
                    emit(pieces, current, sectionStart, title, pageWord);
                    sectionStart = block;
                }
                current.append(current.isEmpty() ? "" : "\n").append(part);
            }
        }
        if (sectionStart != null) {
            emit(pieces, current, sectionStart, title, pageWord);
        }
        return pieces;
    }

    /** A block longer than a chunk is cut at sentence ends (or hard, for a sentence that long). */
    private List<String> fit(String text) {
        if (text.length() <= maxChars) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        StringBuilder part = new StringBuilder();
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            String sentence = text.substring(start, end);
            if (part.length() + sentence.length() > maxChars && !part.isEmpty()) {
                parts.add(part.toString().strip());
                part.setLength(0);
            }
            while (sentence.length() > maxChars) {
                parts.add(sentence.substring(0, maxChars));
                sentence = sentence.substring(maxChars);
            }
            part.append(sentence);
        }
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        return parts;
    }

    private static void emit(List<Piece> pieces, StringBuilder text, DocumentParser.Block start, String title,
            String pageWord) {
        if (text.isEmpty()) {
            return;
        }
        List<String> where = new ArrayList<>();
        if (start.page() > 0) {
            where.add(pageWord + " " + start.page());
        }
        if (start.heading() != null) {
            where.add(start.heading());
        }
        String locator = where.isEmpty() ? null : String.join(" · ", where);
        String context = title + (start.heading() == null ? "" : " — " + start.heading())
                + (start.table() == null || start.table().caption() == null ? "" : " — " + start.table().caption());
        pieces.add(new Piece(locator, text.toString(), context, start.tableHeaders()));
        text.setLength(0);
    }
}
