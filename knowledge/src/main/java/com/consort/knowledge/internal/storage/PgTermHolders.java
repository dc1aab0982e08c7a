package com.consort.knowledge.internal.storage;

import com.consort.knowledge.CorpusTerms;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.KeywordIndex.IndexedChunk;
import com.consort.knowledge.TermHolders;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link TermHolders} kept by PostgreSQL: a row of terms per profile and story ({@code document_terms}, V699), written
 * when the keyword index is told of a document's chunks and deleted with it; triggers count the stories holding each
 * term. A question asks for its own few terms: the GIN index over the stories' rows finds the stories holding them, the
 * partner index a search's candidates' rows.
 */
public class PgTermHolders implements TermHolders {

    private static final String STORY = DocumentKind.CASE_STUDY.code();
    private static final Set<String> HELD = Set.of(STORY, DocumentKind.PROFILE.code());

    private final JdbcTemplate jdbc;

    public PgTermHolders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The documents' terms, within the transaction that wrote their chunks (a document's rows merge if told twice). */
    void added(List<IndexedChunk> chunks) {
        record Row(String kind, String partnerId, Set<String> terms) {
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (IndexedChunk chunk : chunks) {
            if (HELD.contains(chunk.kind())) {
                rows.computeIfAbsent(chunk.documentId(), id -> new Row(chunk.kind(), chunk.partnerId(), new TreeSet<>()))
                        .terms().addAll(CorpusTerms.keys(chunk.text()));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        List<Map.Entry<String, Row>> entries = List.copyOf(rows.entrySet());
        jdbc.execute((java.sql.Connection connection) -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO document_terms (document_id, kind, partner_id, terms) VALUES (?, ?, ?, ?)
                    ON CONFLICT (document_id) DO UPDATE
                    SET terms = ARRAY(SELECT DISTINCT t FROM unnest(document_terms.terms || EXCLUDED.terms) AS t)""")) {
                for (var entry : entries) {
                    upsert.setString(1, entry.getKey());
                    upsert.setString(2, entry.getValue().kind());
                    upsert.setString(3, entry.getValue().partnerId());
                    upsert.setArray(4, connection.createArrayOf("text", entry.getValue().terms().toArray()));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    /** A document's terms, gone with its chunks. */
    void removedDocument(String documentId) {
        jdbc.update("DELETE FROM document_terms WHERE document_id = ?", documentId);
    }

    @Override
    public int stories() {
        Long stories = jdbc.queryForObject("SELECT stories FROM story_corpus", Long.class);
        return stories == null ? 0 : stories.intValue();
    }

    @Override
    public int storiesHolding(String term) {
        List<Long> stories = jdbc.queryForList("SELECT stories FROM story_term WHERE term = ?", Long.class, term);
        return stories.isEmpty() ? 0 : stories.get(0).intValue();
    }

    @Override
    public List<String> storiesWeighingMost(Map<String, Double> weights, int limit) {
        if (weights.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<String> terms = new ArrayList<>(weights.keySet());
        Double[] weight = terms.stream().map(weights::get).toArray(Double[]::new);
        // a story's weight rounded before it is compared, so that sums of the same weights in another order tie, by id
        return jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement("""
                    SELECT d.document_id FROM unnest(?::text[], ?::float8[]) AS q(term, weight)
                    JOIN document_terms d ON d.kind = ? AND d.terms @> ARRAY[q.term]
                    GROUP BY d.document_id HAVING sum(q.weight) > 0
                    ORDER BY round(sum(q.weight)::numeric, 9) DESC, d.document_id COLLATE "C" LIMIT ?""");
            query.setArray(1, connection.createArrayOf("text", terms.toArray()));
            query.setArray(2, connection.createArrayOf("float8", weight));
            query.setString(3, STORY);
            query.setInt(4, limit);
            return query;
        }, (rs, n) -> rs.getString(1));
    }

    @Override
    public Map<String, Set<String>> termsOfStories(Collection<String> storyIds, Collection<String> terms) {
        Map<String, Set<String>> held = new LinkedHashMap<>();
        if (storyIds.isEmpty()) {
            return held;
        }
        query("""
                SELECT d.document_id, q.term FROM document_terms d LEFT JOIN unnest(?::text[]) AS q(term) ON d.terms @> ARRAY[q.term]
                WHERE d.document_id = ANY (?) AND d.kind = '""" + STORY + "'", terms, storyIds, rs -> {
            Set<String> story = held.computeIfAbsent(rs.getString(1), id -> new TreeSet<>());
            if (rs.getString(2) != null) {
                story.add(rs.getString(2));
            }
        });
        return held;
    }

    @Override
    public Map<String, Set<String>> termsOfPartners(Collection<String> partnerIds, Collection<String> terms) {
        Map<String, Set<String>> held = new HashMap<>();
        if (partnerIds.isEmpty() || terms.isEmpty()) {
            return held;
        }
        query("""
                SELECT d.partner_id, q.term FROM document_terms d JOIN unnest(?::text[]) AS q(term) ON d.terms @> ARRAY[q.term]
                WHERE d.partner_id = ANY (?)""", terms, partnerIds, rs -> {
            held.computeIfAbsent(rs.getString(1), id -> new TreeSet<>()).add(rs.getString(2));
        });
        return held;
    }

    /** A query of the terms and ids as two text arrays, each row to the handler. */
    private void query(String sql, Collection<String> terms, Collection<String> ids, org.springframework.jdbc.core.RowCallbackHandler rows) {
        jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement(sql);
            query.setArray(1, connection.createArrayOf("text", terms.toArray()));
            query.setArray(2, connection.createArrayOf("text", ids.toArray()));
            return query;
        }, rows);
    }
}
