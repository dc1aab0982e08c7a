package com.consort.knowledge.internal.storage;

import com.consort.knowledge.ChunkVector;
import com.consort.knowledge.Scope;
import com.consort.knowledge.VectorIndex;
import com.consort.knowledge.VectorMatch;
import com.pgvector.PGvector;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** pgvector-backed index: HNSW with cosine distance, iterative scans for filtered queries. */
class PgVectorIndex implements VectorIndex {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public PgVectorIndex(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void upsert(List<ChunkVector> vectors) {
        vectors.forEach(v -> VectorIndex.checkDimensions(v.vector()));
        jdbc.batchUpdate("""
                INSERT INTO chunk_vector (chunk_id, document_id, kind, partner_id, embedding) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (chunk_id) DO UPDATE SET document_id = EXCLUDED.document_id, kind = EXCLUDED.kind,
                    partner_id = EXCLUDED.partner_id, embedding = EXCLUDED.embedding
                """, vectors, 500, (PreparedStatement ps, ChunkVector v) -> {
            ps.setString(1, v.chunkId());
            ps.setString(2, v.documentId());
            ps.setString(3, v.kind());
            ps.setString(4, v.partnerId());
            ps.setObject(5, new PGvector(v.vector()));
        });
    }

    @Override
    public int removeDocument(String documentId) {
        return jdbc.update("DELETE FROM chunk_vector WHERE document_id = ?", documentId);
    }

    @Override
    public List<VectorMatch> nearest(float[] query, int limit, Scope scope) {
        VectorIndex.checkDimensions(query);
        if (scope.empty() || limit <= 0) {
            return List.of();
        }
        PGvector vector = new PGvector(query);
        String where = ScopeSql.where(scope, "kind", "partner_id");
        // HNSW returns at most ef_search rows, and a filter after the scan can leave fewer still;
        // iterative scans keep going until enough rows pass. relaxed_order may return rows slightly
        // out of order, so the outer query re-sorts.
        return transactions.execute(status -> {
            jdbc.execute("SET LOCAL hnsw.ef_search = " + Math.max(40, Math.min(limit, 1000)));
            jdbc.execute("SET LOCAL hnsw.iterative_scan = relaxed_order");
            return jdbc.query("""
                    WITH candidates AS MATERIALIZED (
                        SELECT chunk_id, document_id, partner_id, embedding <=> ? AS distance
                        FROM chunk_vector WHERE TRUE""" + where + """
                         ORDER BY embedding <=> ? LIMIT ?)
                    SELECT chunk_id, document_id, partner_id, 1 - distance AS similarity
                    FROM candidates ORDER BY distance
                    """, ps -> {
                ps.setObject(1, vector);
                int i = ScopeSql.bind(scope, ps, 2);
                ps.setObject(i++, vector);
                ps.setInt(i, limit);
            }, (rs, i) -> match(rs));
        });
    }

    @Override
    public int size() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM chunk_vector", Integer.class);
        return count == null ? 0 : count;
    }

    private static VectorMatch match(ResultSet rs) throws SQLException {
        return new VectorMatch(rs.getString("chunk_id"), rs.getString("document_id"),
                rs.getString("partner_id"), rs.getDouble("similarity"));
    }
}
