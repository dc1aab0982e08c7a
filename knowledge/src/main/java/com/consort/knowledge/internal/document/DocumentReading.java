package com.consort.knowledge.internal.document;

import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.StoryFacts;
import com.consort.knowledge.UnreadableDocumentException;
import com.consort.knowledge.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/** {@link DocumentIngestor}'s reader: the {@link DocumentParser}, a case study's {@link StoryFacts}, the {@link Chunker}. */
public record DocumentReading(DocumentParser parser, Chunker chunker, Vocabulary vocabulary) implements DocumentIngestor.Reader {

    @Override
    public DocumentIngestor.Read read(byte[] content, String fileName, DocumentKind kind) {
        var parsed = parser.parse(content, fileName);
        if (parsed.blocks().isEmpty()) {
            throw new UnreadableDocumentException("The document contains no text", null);
        }
        if (kind != DocumentKind.CASE_STUDY) {
            return parsed(parsed, StoryFacts.NONE);
        }
        StoryFacts facts = facts(parsed, vocabulary);
        // facts that only the front matter or the file's properties give are indexed as a passage of their own
        String stated = facts(new DocumentParser.ParsedDocument(parsed.mediaType(), null, List.of(),
                parsed.properties()), vocabulary).asText();
        if (!stated.isEmpty()) {
            List<DocumentParser.Block> blocks = new ArrayList<>();
            blocks.add(new DocumentParser.Block(stated, null, parsed.blocks().get(0).page()));
            blocks.addAll(parsed.blocks());
            parsed = new DocumentParser.ParsedDocument(parsed.mediaType(), parsed.title(), blocks, parsed.properties());
        }
        return parsed(parsed, facts);
    }

    @Override
    public DocumentIngestor.Read readText(String title, String text) {
        return parsed(new DocumentParser.ParsedDocument("text/plain", title, paragraphs(text)), StoryFacts.NONE);
    }

    /** The facts a parsed story states, from its properties and its first blocks. */
    public static StoryFacts facts(DocumentParser.ParsedDocument parsed, Vocabulary vocabulary) {
        return StoryFacts.read(parsed.properties(), parsed.blocks().stream().map(DocumentParser.Block::text).toList(), vocabulary);
    }

    private static List<DocumentParser.Block> paragraphs(String text) {
        List<DocumentParser.Block> blocks = new ArrayList<>();
        for (String paragraph : text.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                blocks.add(new DocumentParser.Block(paragraph.strip(), null, 0));
            }
        }
        return blocks;
    }

    private Parsed parsed(DocumentParser.ParsedDocument document, StoryFacts facts) {
        return new Parsed(document.title(), document.mediaType(), facts, document, chunker);
    }

    private record Parsed(String title, String mediaType, StoryFacts facts, DocumentParser.ParsedDocument document,
            Chunker chunker) implements DocumentIngestor.Read {

        @Override
        public List<DocumentIngestor.Passage> passages(String title) {
            return chunker.chunk(title, document).stream()
                    .map(p -> new DocumentIngestor.Passage(p.locator(), p.text(), p.context(), p.tableHeaders())).toList();
        }
    }
}
