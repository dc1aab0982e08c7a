package com.consort.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

public class DocumentRepository {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public DocumentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public void insert(Document d) {
        jdbc.update("INSERT INTO document (id, kind, partner_id, title, file_name, media_type, content_hash, size_bytes, "
                + "status, error, chunk_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.id(), d.kind().code(), d.partnerId(), d.title(), d.fileName(), d.mediaType(), d.contentHash(),
                d.sizeBytes(), d.status().name(), d.error(), d.chunkCount(), Timestamp.from(d.createdAt()),
                Timestamp.from(d.updatedAt()));
    }

    public void update(Document d) {
        jdbc.update("UPDATE document SET kind = ?, partner_id = ?, title = ?, file_name = ?, media_type = ?, content_hash = ?, "
                + "size_bytes = ?, status = ?, error = ?, chunk_count = ?, updated_at = ? WHERE id = ?",
                d.kind().code(), d.partnerId(), d.title(), d.fileName(), d.mediaType(), d.contentHash(), d.sizeBytes(),
                d.status().name(), d.error(), d.chunkCount(), Timestamp.from(d.updatedAt()), d.id());
    }

    public void insertChunks(DocumentKind kind, List<Chunk> chunks) {
        jdbc.batchUpdate("INSERT INTO chunk (id, document_id, kind, partner_id, ordinal, locator, text, table_headers) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", chunks.stream().map(c -> new Object[] {c.id(), c.documentId(), kind.code(),
                        c.partnerId(), c.ordinal(), c.locator(), c.text(), c.tableHeaders()}).toList());
    }

    /** Replaces every facet of a document (the facts of a story) with these values, by facet name. */
    void replaceFacets(String documentId, Map<String, ? extends Collection<String>> facets) {
        jdbc.update("DELETE FROM document_facet WHERE document_id = ?", documentId);
        List<Object[]> rows = new java.util.ArrayList<>();
        facets.forEach((facet, values) -> values.stream().distinct().forEach(v -> rows.add(new Object[] {documentId, facet, v})));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO document_facet (document_id, facet, val) VALUES (?, ?, ?)", rows);
        }
    }

    /** A document's facets (the facts of a story), by facet name. */
    public Map<String, List<String>> facets(String documentId) {
        return facets(List.of(documentId)).getOrDefault(documentId, Map.of());
    }

    /** The facets of several documents: document id, then facet name, then values. */
    public Map<String, Map<String, List<String>>> facets(Collection<String> documentIds) {
        Map<String, Map<String, List<String>>> byDocument = new java.util.TreeMap<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(documentIds));
        // a few hundred ids a query: one IN-list of every story overran PostgreSQL's 65,535 bind parameters
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            named.query("SELECT document_id, facet, val FROM document_facet WHERE document_id IN (:ids) ORDER BY document_id, facet, val",
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))), (ResultSet rs) -> {
                        byDocument.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                                .computeIfAbsent(rs.getString(2), k -> new java.util.ArrayList<>()).add(rs.getString(3));
                    });
        }
        return byDocument;
    }

    private static final int IDS_PER_QUERY = 500;

    /** What a story says about its customer and the partner it names (none for other documents). */
    public StoryFacts storyFacts(String documentId) {
        return StoryFacts.of(facets(documentId));
    }

    void deleteChunks(String documentId) {
        jdbc.update("DELETE FROM chunk WHERE document_id = ?", documentId);
    }

    public boolean delete(String id) {
        return jdbc.update("DELETE FROM document WHERE id = ?", id) == 1;
    }

    public Optional<Document> find(String id) {
        return jdbc.query("SELECT * FROM document WHERE id = ?", DocumentRepository::map, id).stream().findFirst();
    }

    public Optional<Document> findByHash(String contentHash) {
        return jdbc.query("SELECT * FROM document WHERE content_hash = ?", DocumentRepository::map, contentHash)
                .stream().findFirst();
    }

    public List<Document> list(DocumentKind kind, String partnerId, int offset, int limit) {
        var params = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        StringBuilder sql = new StringBuilder("SELECT * FROM document WHERE kind <> 'profile'");
        if (kind != null) {
            sql.append(" AND kind = :kind");
            params.addValue("kind", kind.code());
        }
        if (partnerId != null) {
            sql.append(" AND partner_id = :partner");
            params.addValue("partner", partnerId);
        }
        sql.append(" ORDER BY created_at, id LIMIT :limit OFFSET :offset");
        return named.query(sql.toString(), params, DocumentRepository::map);
    }

    /** Documents by id, for citations. */
    public Map<String, Document> findAll(Collection<String> ids) {
        Map<String, Document> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            named.query("SELECT * FROM document WHERE id IN (:ids)", new MapSqlParameterSource("ids", ids),
                    (ResultSet rs) -> {
                        Document d = map(rs, 0);
                        byId.put(d.id(), d);
                    });
        }
        return byId;
    }

    /** Chunks by id, in no particular order. */
    public Map<String, Chunk> chunks(Collection<String> ids) {
        Map<String, Chunk> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            named.query("SELECT " + CHUNK_COLUMNS + " FROM chunk WHERE id IN (:ids)",
                    new MapSqlParameterSource("ids", ids), (ResultSet rs) -> {
                        byId.put(rs.getString(1), chunk(rs, 0));
                    });
        }
        return byId;
    }

    /** The chunks of one document, in reading order. */
    public List<Chunk> chunksOf(String documentId) {
        return jdbc.query("SELECT " + CHUNK_COLUMNS + " FROM chunk WHERE document_id = ? ORDER BY ordinal",
                DocumentRepository::chunk, documentId);
    }

    /** A chunk's text with its document and kind, for statistics over the whole index. */
    public record ChunkText(String documentId, String kind, String partnerId, String text) {
    }

    /** Every chunk of the given kinds, one at a time (never all in memory at once). */
    public void forEachChunk(Collection<String> kinds, java.util.function.Consumer<ChunkText> action) {
        named.query("SELECT document_id, kind, partner_id, text FROM chunk WHERE kind IN (:kinds)", new MapSqlParameterSource("kinds", kinds),
                (ResultSet rs) -> {
                    action.accept(new ChunkText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                });
    }

    /** How many documents of each kind are indexed (profiles included), for the admin's view of the index. */
    public Map<String, Integer> countByKind() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.query("SELECT kind, count(*) FROM document GROUP BY kind", (ResultSet rs) -> {
            counts.put(rs.getString(1), rs.getInt(2));
        });
        return counts;
    }

    /**
     * Changes whenever chunks are written or deleted: what caches of the chunks compare. On PostgreSQL the chunk table's
     * triggers raise a version (V698), one row to read at any size; the embedded set-up counts documents by kind and chunks.
     */
    public String chunkChangeMark() {
        if (postgres == null) {
            postgres = StorageKind.of(jdbc.getDataSource()) == StorageKind.POSTGRES;
        }
        return postgres ? "v" + jdbc.queryForObject("SELECT version FROM chunk_corpus", Long.class)
                : countByKind() + "/" + countChunks();
    }

    private volatile Boolean postgres;

    public int countChunks() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM chunk", Integer.class);
        return count == null ? 0 : count;
    }

    private static final String CHUNK_COLUMNS = "id, document_id, partner_id, ordinal, locator, text, table_headers";

    private static Chunk chunk(ResultSet rs, int row) throws SQLException {
        return new Chunk(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getString(7));
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        return new Document(rs.getString("id"), DocumentKind.of(rs.getString("kind")).orElseThrow(),
                rs.getString("partner_id"), rs.getString("title"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getString("content_hash"), rs.getLong("size_bytes"), Document.Status.valueOf(rs.getString("status")),
                rs.getString("error"), rs.getInt("chunk_count"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
