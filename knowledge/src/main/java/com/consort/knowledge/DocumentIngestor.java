package com.consort.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes documents: parse and embed outside any transaction, then write the document, its chunks
 * and vectors in one transaction, so a document is either fully searchable or not there at all.
 */
public class DocumentIngestor {

    /** A file to index. {@code partnerId} and {@code title} are optional. */
    public record Upload(byte[] content, String fileName, DocumentKind kind, String partnerId, String title) {
    }

    /** {@code created} is false when the same bytes were already indexed (idempotent upload). */
    public record Result(Document document, boolean created) {
    }

    /** Reads files and generated text into the passages to index (parsing, a case study's facts, chunking): behind the door. */
    public interface Reader {
        /**
         * A file parsed; a case study's facts are read from it too, and those only its front matter or properties
         * give become a passage of their own.
         *
         * @throws UnreadableDocumentException when the file holds no text
         */
        Read read(byte[] content, String fileName, DocumentKind kind);

        /** Generated text, one block per paragraph. */
        Read readText(String title, String text);
    }

    /** A file or a text read: what it says of itself, and its passages under a given title. */
    public interface Read {
        /** The title the file gives itself, or null. */
        String title();

        String mediaType();

        /** A case study's facts; {@link StoryFacts#NONE} for other documents. */
        StoryFacts facts();

        List<Passage> passages(String title);
    }

    /** A passage to index: where it is, its text, the context embedded with it, a table's headers. */
    public record Passage(String locator, String text, String context, String tableHeaders) {
    }

    private final DocumentRepository documents;
    private final Reader reader;
    private final Embedder embedder;
    private final VectorIndex vectors;
    private final KeywordIndex keywords;
    private final TransactionTemplate transactions;
    private final long maxBytes;
    private final Predicate<String> partnerExists;
    private final PartnerNames partnerNames;

    /** @param partnerNames the directory's names: a story uploaded without a partner is filed under the one it credits */
    public DocumentIngestor(DocumentRepository documents, Reader reader, Embedder embedder,
            VectorIndex vectors, KeywordIndex keywords, TransactionTemplate transactions, long maxBytes,
            Predicate<String> partnerExists, PartnerNames partnerNames) {
        this.partnerNames = partnerNames;
        this.documents = documents;
        this.reader = reader;
        this.embedder = embedder;
        this.vectors = vectors;
        this.keywords = keywords;
        this.transactions = transactions;
        this.maxBytes = maxBytes;
        this.partnerExists = partnerExists;
    }

    public Result ingest(Upload upload) {
        validate(upload);
        String hash = sha256(upload.content());
        Optional<Document> existing = documents.findByHash(hash);
        if (existing.isPresent() && existing.get().status() == Document.Status.INDEXED) {
            return new Result(existing.get(), false);
        }
        // a failed upload is tried again (the parser may have improved); its old record goes
        existing.ifPresent(failed -> documents.delete(failed.id()));
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        Prepared prepared;
        try {
            prepared = prepare(id, upload);
        } catch (UnreadableDocumentException e) {
            Document failed = new Document(id, upload.kind(), upload.partnerId(), titleOf(upload, null), upload.fileName(),
                    null, hash, upload.content().length, Document.Status.FAILED, e.getMessage(), 0, now, now);
            try {
                documents.insert(failed);
            } catch (DuplicateKeyException race) {
                return new Result(documents.findByHash(hash).orElseThrow(), false);
            }
            throw new IndexingFailedException(failed);
        }
        Document document = new Document(id, upload.kind(), prepared.partnerId(), prepared.title(), upload.fileName(),
                prepared.mediaType(), hash, upload.content().length, Document.Status.INDEXED, null,
                prepared.chunks().size(), now, now);
        try {
            transactions.executeWithoutResult(status -> {
                documents.insert(document);
                write(document, prepared);
            });
        } catch (DuplicateKeyException race) {
            return new Result(documents.findByHash(hash).orElseThrow(), false);
        }
        return new Result(document, true);
    }

    /** Replaces a document's content and re-indexes it under the same id. */
    public Document replace(String id, Upload upload) {
        Document current = documents.find(id).filter(d -> d.kind() != DocumentKind.PROFILE)
                .orElseThrow(() -> new java.util.NoSuchElementException("No document " + id));
        validate(upload);
        String hash = sha256(upload.content());
        documents.findByHash(hash).filter(d -> !d.id().equals(id)).ifPresent(d -> {
            throw new DuplicateContentException(d.id());
        });
        Prepared prepared = prepare(id, upload);
        Document replaced = new Document(id, upload.kind(), prepared.partnerId(), prepared.title(), upload.fileName(),
                prepared.mediaType(), hash, upload.content().length, Document.Status.INDEXED, null,
                prepared.chunks().size(), current.createdAt(), Instant.now());
        transactions.executeWithoutResult(status -> {
            removeChunks(id);
            documents.update(replaced);
            write(replaced, prepared);
        });
        return replaced;
    }

    /** Generated text (a partner profile) indexed under a fixed id. */
    record TextDocument(String id, DocumentKind kind, String partnerId, String title, String text) {
    }

    /**
     * Indexes generated texts, replacing what was there under their ids; unchanged texts are skipped.
     * Embeds the whole batch in one call, which is what keeps bulk imports near the model's throughput.
     */
    void indexTexts(List<TextDocument> texts) {
        Map<String, Document> current = documents.findAll(texts.stream().map(TextDocument::id).toList());
        List<TextDocument> changed = new ArrayList<>();
        List<Read> parsed = new ArrayList<>();
        for (TextDocument t : texts) {
            Document existing = current.get(t.id());
            if (existing == null || !existing.contentHash().equals(textHash(t))) {
                changed.add(t);
                parsed.add(reader.readText(t.title(), t.text()));
            }
        }
        List<Prepared> prepared = embedAll(changed.stream().map(TextDocument::id).toList(),
                changed.stream().map(TextDocument::partnerId).toList(), changed.stream().map(TextDocument::title).toList(),
                parsed);
        Instant now = Instant.now();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < changed.size(); i++) {
                TextDocument t = changed.get(i);
                Document existing = current.get(t.id());
                Document document = new Document(t.id(), t.kind(), t.partnerId(), t.title(), null, "text/plain",
                        textHash(t), t.text().getBytes(StandardCharsets.UTF_8).length, Document.Status.INDEXED, null,
                        prepared.get(i).chunks().size(), existing == null ? now : existing.createdAt(), now);
                if (existing != null) {
                    removeChunks(t.id());
                    documents.update(document);
                } else {
                    documents.insert(document);
                }
                write(document, prepared.get(i));
            }
        });
    }

    private static String textHash(TextDocument t) {
        return sha256((t.id() + "\n" + t.text()).getBytes(StandardCharsets.UTF_8));
    }

    public boolean delete(String id) {
        Boolean deleted = transactions.execute(status -> {
            removeChunks(id);
            return documents.delete(id);
        });
        return Boolean.TRUE.equals(deleted);
    }

    private void validate(Upload upload) {
        if (upload.kind() == null || upload.kind() == DocumentKind.PROFILE) {
            throw new IllegalArgumentException("kind must be case_study, program_doc or collateral");
        }
        if (upload.content() == null || upload.content().length == 0) {
            throw new IllegalArgumentException("The file is empty");
        }
        if (upload.content().length > maxBytes) {
            throw new IllegalArgumentException("The file has " + upload.content().length + " bytes; the limit is " + maxBytes);
        }
        if (upload.partnerId() != null && !partnerExists.test(upload.partnerId())) {
            throw new IllegalArgumentException("No partner with id " + upload.partnerId());
        }
        if (upload.title() != null && upload.title().length() > 500) {
            throw new IllegalArgumentException("title is longer than 500 characters");
        }
    }

    private record Prepared(String partnerId, String title, String mediaType, List<Chunk> chunks, List<float[]> vectors,
            StoryFacts facts) {
    }

    private Prepared prepare(String id, Upload upload) {
        Read parsed = reader.read(upload.content(), upload.fileName(), upload.kind());
        String partnerId = upload.kind() == DocumentKind.CASE_STUDY ? credited(upload.partnerId(), parsed) : upload.partnerId();
        Prepared prepared = embed(id, partnerId, titleOf(upload, parsed.title()), parsed.mediaType(), parsed);
        return new Prepared(prepared.partnerId(), prepared.title(), prepared.mediaType(), prepared.chunks(), prepared.vectors(),
                parsed.facts());
    }

    /**
     * The partner a story is filed under: the uploader's; else the directory partner the story names on its "Partner:"
     * line or credits in a sentence of its own ("led by Baszta Security a.s., a partner of ..."); else none.
     */
    private String credited(String given, Read story) {
        if (given != null) {
            return given;
        }
        PartnerNames names = partnerNames.fresh();
        Optional<String> named = story.facts().partner() == null ? Optional.empty() : names.idNamed(story.facts().partner());
        for (Iterator<Passage> passages = story.passages(story.title()).iterator(); named.isEmpty() && passages.hasNext(); ) {
            named = names.creditIn(passages.next().text()).map(PartnerNames.Credit::partnerId);
        }
        return named.orElse(null);
    }

    private Prepared embed(String id, String partnerId, String title, String mediaType, Read parsed) {
        return embedAll(List.of(id), java.util.Collections.singletonList(partnerId), List.of(title), List.of(parsed)).get(0);
    }

    /** Chunks several documents and embeds all their chunks in one batch. */
    private List<Prepared> embedAll(List<String> ids, List<String> partnerIds, List<String> titles,
            List<Read> parsed) {
        List<List<Chunk>> chunksPerDocument = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int d = 0; d < ids.size(); d++) {
            List<Passage> pieces = parsed.get(d).passages(titles.get(d));
            List<Chunk> chunks = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                Passage piece = pieces.get(i);
                chunks.add(new Chunk(ids.get(d) + ":" + i, ids.get(d), partnerIds.get(d), i, piece.locator(), piece.text(),
                        piece.tableHeaders()));
                texts.add(piece.context() + "\n" + piece.text());
            }
            chunksPerDocument.add(chunks);
        }
        List<float[]> vectors = embedder.embedPassages(texts);
        List<Prepared> prepared = new ArrayList<>();
        int next = 0;
        for (int d = 0; d < ids.size(); d++) {
            List<Chunk> chunks = chunksPerDocument.get(d);
            prepared.add(new Prepared(partnerIds.get(d), titles.get(d), parsed.get(d).mediaType(), chunks,
                    vectors.subList(next, next + chunks.size()), StoryFacts.NONE));
            next += chunks.size();
        }
        return prepared;
    }

    private void write(Document document, Prepared prepared) {
        documents.insertChunks(document.kind(), prepared.chunks());
        Map<String, List<String>> facets = new java.util.LinkedHashMap<>();
        prepared.facts().facets().forEach((fact, values) -> facets.put(fact.name(), values));
        documents.replaceFacets(document.id(), facets);
        List<ChunkVector> rows = new ArrayList<>();
        List<KeywordIndex.IndexedChunk> indexed = new ArrayList<>();
        for (int i = 0; i < prepared.chunks().size(); i++) {
            Chunk c = prepared.chunks().get(i);
            rows.add(new ChunkVector(c.id(), c.documentId(), document.kind().code(), c.partnerId(), prepared.vectors().get(i)));
            indexed.add(new KeywordIndex.IndexedChunk(c.id(), c.documentId(), document.kind().code(), c.partnerId(), c.text()));
        }
        vectors.upsert(rows);
        keywords.added(indexed);
    }

    private void removeChunks(String documentId) {
        vectors.removeDocument(documentId);
        keywords.removedDocument(documentId);
        documents.deleteChunks(documentId);
    }

    private static String titleOf(Upload upload, String parsedTitle) {
        if (upload.title() != null && !upload.title().isBlank()) {
            return upload.title().strip();
        }
        if (parsedTitle != null && !parsedTitle.isBlank()) {
            return parsedTitle.length() > 500 ? parsedTitle.substring(0, 500) : parsedTitle;
        }
        return upload.fileName() == null || upload.fileName().isBlank() ? "Untitled document" : upload.fileName();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
