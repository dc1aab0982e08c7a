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
 * term (a row at a time: a story is uploaded in a transaction of its own). A question asks for its own few terms: the
 * GIN indexes find the stories and partners holding them, the partner index a few candidates' rows.
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

    /**
     * Exact, without weighing every story that holds a common term. The stories holding every term (that some story
     * holds) weigh the most: when there are enough of them, the first by id are the answer. Otherwise, in the manner of
     * MaxScore, the rarest terms are the essential ones: a story holding none of them weighs at most the rest's sum,
     * so once the stories holding one of them fill the list with weights above that sum, no other story can enter it;
     * else the next rarest term becomes essential. Weighing the stories that hold one of a question's terms took 130 to
     * 400 ms at 110,861 stories ("automated" is in nearly all of them).
     */
    @Override
    public List<String> storiesWeighingMost(Map<String, Double> weights, int limit) {
        if (weights.isEmpty() || limit <= 0) {
            return List.of();
        }
        Set<String> held = new java.util.HashSet<>(jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement("SELECT term FROM story_term WHERE term = ANY (?)");
            query.setArray(1, connection.createArrayOf("text", weights.keySet().toArray()));
            return query;
        }, (rs, n) -> rs.getString(1)));
        List<String> terms = weights.keySet().stream().filter(t -> held.contains(t) && weights.get(t) > 0)
                .sorted(java.util.Comparator.comparingDouble((String t) -> -weights.get(t)).thenComparing(t -> t)).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> holdingAll = jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement("SELECT document_id FROM document_terms WHERE kind = ? "
                    + "AND terms @> ?::text[] ORDER BY document_id COLLATE \"C\" LIMIT ?");
            query.setString(1, STORY);
            query.setArray(2, connection.createArrayOf("text", terms.toArray()));
            query.setInt(3, limit);
            return query;
        }, (rs, n) -> rs.getString(1));
        if (holdingAll.size() >= limit) {
            return holdingAll;
        }
        Double[] weight = terms.stream().map(weights::get).toArray(Double[]::new);
        for (int essential = 1; ; essential++) {
            double rest = 0;
            for (int i = essential; i < terms.size(); i++) {
                rest += weight[i];
            }
            List<String> essentials = terms.subList(0, essential);
            List<Map.Entry<String, Double>> best = jdbc.query(connection -> {
                PreparedStatement query = connection.prepareStatement("""
                        SELECT d.document_id, w.weight FROM document_terms d
                        CROSS JOIN LATERAL (SELECT round(sum(q.weight)::numeric, 9)::float8 AS weight
                            FROM unnest(?::text[], ?::float8[]) AS q(term, weight) WHERE d.terms @> ARRAY[q.term]) AS w
                        WHERE d.kind = ? AND d.terms && ?::text[]
                        ORDER BY w.weight DESC, d.document_id COLLATE "C" LIMIT ?""");
                query.setArray(1, connection.createArrayOf("text", terms.toArray()));
                query.setArray(2, connection.createArrayOf("float8", weight));
                query.setString(3, STORY);
                query.setArray(4, connection.createArrayOf("text", essentials.toArray()));
                query.setInt(5, limit);
                return query;
            }, (rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2)));
            boolean settled = best.size() >= limit && best.get(limit - 1).getValue() > rest + 1e-9;
            if (settled || essential == terms.size()) {
                return best.stream().map(Map.Entry::getKey).toList();
            }
        }
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

    /** Up to this many partners are read by id; more, by the terms' holders (a criterion's terms are rare by choice). */
    private static final int PARTNERS_BY_ID = 200;

    @Override
    public Map<String, Set<String>> termsOfPartners(Collection<String> partnerIds, Collection<String> terms) {
        Map<String, Set<String>> held = new HashMap<>();
        if (partnerIds.isEmpty() || terms.isEmpty()) {
            return held;
        }
        if (partnerIds.size() <= PARTNERS_BY_ID) {
            query("""
                    SELECT d.partner_id, q.term FROM document_terms d JOIN unnest(?::text[]) AS q(term) ON d.terms @> ARRAY[q.term]
                    WHERE d.partner_id = ANY (?)""", terms, partnerIds, rs -> {
                held.computeIfAbsent(rs.getString(1), id -> new TreeSet<>()).add(rs.getString(2));
            });
            return held;
        }
        // a search's few thousand candidates: each term's holders, read through the GIN indexes and kept until the chunks
        // change (reading the candidates' rows took 40 to 250 ms for 3,000 to 6,500 of them, the holders 6 to 90 ms a term)
        Map<String, String[]> holding = holders(terms);
        for (String id : partnerIds) {
            for (String term : terms) {
                if (java.util.Arrays.binarySearch(holding.get(term), id) >= 0) {
                    held.computeIfAbsent(id, k -> new TreeSet<>()).add(term);
                }
            }
        }
        return held;
    }

    /** Terms' holders kept, this many partner ids in all at most (about 15 MB), however large the directory. */
    private static final int KEPT_HOLDERS = 250_000;

    /** Each term's partners, sorted, as read at the chunks' version {@link #keptAt}; least recently asked first. */
    private final Map<String, String[]> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long keptAt = -1;
    private int keptHolders;

    /** The partners whose profile or a story holds each term: kept ones while the chunks are unchanged, the rest read. */
    private synchronized Map<String, String[]> holders(Collection<String> terms) {
        Long version = jdbc.queryForObject("SELECT version FROM chunk_corpus", Long.class);
        if (version == null || version != keptAt) {
            kept.clear();
            keptHolders = 0;
            keptAt = version == null ? -1 : version;
        }
        List<String> missing = terms.stream().filter(t -> !kept.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<String, Set<String>> read = new HashMap<>();
            missing.forEach(t -> read.put(t, new java.util.HashSet<>()));
            String holders = "SELECT d.partner_id, q.term FROM unnest(?::text[]) AS q(term) JOIN document_terms d "
                    + "ON d.terms @> ARRAY[q.term] AND d.kind = '%s' AND d.partner_id IS NOT NULL";
            jdbc.query(connection -> {
                PreparedStatement query = connection.prepareStatement(holders.formatted(STORY) + " UNION ALL "
                        + holders.formatted(DocumentKind.PROFILE.code()));
                query.setArray(1, connection.createArrayOf("text", missing.toArray()));
                query.setArray(2, connection.createArrayOf("text", missing.toArray()));
                return query;
            }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> read.get(rs.getString(2)).add(rs.getString(1)));
            read.forEach((term, partners) -> {
                String[] sorted = partners.toArray(String[]::new);
                java.util.Arrays.sort(sorted);
                kept.put(term, sorted);
                keptHolders += sorted.length;
            });
        }
        Map<String, String[]> asked = new HashMap<>();
        terms.forEach(t -> asked.put(t, kept.get(t)));
        for (var oldest = kept.entrySet().iterator(); keptHolders > KEPT_HOLDERS && oldest.hasNext(); ) {
            var entry = oldest.next();
            if (!asked.containsKey(entry.getKey())) {
                keptHolders -= entry.getValue().length;
                oldest.remove();
            }
        }
        return asked;
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
