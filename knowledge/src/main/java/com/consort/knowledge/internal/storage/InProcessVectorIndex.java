package com.consort.knowledge.internal.storage;

import com.consort.knowledge.ChunkVector;
import com.consort.knowledge.Scope;
import com.consort.knowledge.VectorIndex;
import com.consort.knowledge.VectorMatch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Exact cosine search in memory over vectors persisted in the embedded database. Exact search is
 * both simpler and, at the embedded set-up's scale (tens of thousands of chunks), fast enough;
 * vectors are normalised once so a query costs one dot product per chunk.
 */
class InProcessVectorIndex implements VectorIndex {

    private record Entry(String documentId, String kind, String partnerId, float[] unitVector) {
    }

    private final JdbcTemplate jdbc;
    private volatile Map<String, Entry> entries;

    public InProcessVectorIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void upsert(List<ChunkVector> vectors) {
        vectors.forEach(v -> VectorIndex.checkDimensions(v.vector()));
        jdbc.batchUpdate("MERGE INTO chunk_vector (chunk_id, document_id, kind, partner_id, embedding) KEY (chunk_id) "
                + "VALUES (?, ?, ?, ?, ?)", vectors, 500, (PreparedStatement ps, ChunkVector v) -> {
            ps.setString(1, v.chunkId());
            ps.setString(2, v.documentId());
            ps.setString(3, v.kind());
            ps.setString(4, v.partnerId());
            ps.setBytes(5, toBytes(v.vector()));
        });
        afterCommit(() -> {
            Map<String, Entry> index = loaded();
            vectors.forEach(v -> index.put(v.chunkId(), new Entry(v.documentId(), v.kind(), v.partnerId(), unit(v.vector()))));
        });
    }

    @Override
    public int removeDocument(String documentId) {
        int removed = jdbc.update("DELETE FROM chunk_vector WHERE document_id = ?", documentId);
        afterCommit(() -> loaded().values().removeIf(e -> e.documentId().equals(documentId)));
        return removed;
    }

    @Override
    public List<VectorMatch> nearest(float[] query, int limit, Scope scope) {
        VectorIndex.checkDimensions(query);
        if (limit <= 0 || scope.empty()) {
            return List.of();
        }
        float[] q = unit(query);
        PriorityQueue<VectorMatch> best = new PriorityQueue<>(Comparator.comparingDouble(VectorMatch::similarity));
        loaded().forEach((chunkId, e) -> {
            if (!scope.admits(e.kind(), e.partnerId())) {
                return;
            }
            double similarity = dot(q, e.unitVector());
            if (best.size() < limit || similarity > best.peek().similarity()) {
                best.offer(new VectorMatch(chunkId, e.documentId(), e.partnerId(), similarity));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        });
        List<VectorMatch> result = new ArrayList<>(best);
        result.sort(Comparator.comparingDouble(VectorMatch::similarity).reversed()
                .thenComparing(VectorMatch::chunkId));
        return result;
    }

    @Override
    public int size() {
        return loaded().size();
    }

    private Map<String, Entry> loaded() {
        Map<String, Entry> index = entries;
        if (index == null) {
            synchronized (this) {
                if (entries == null) {
                    Map<String, Entry> fresh = new ConcurrentHashMap<>();
                    jdbc.query("SELECT chunk_id, document_id, kind, partner_id, embedding FROM chunk_vector", rs -> {
                        fresh.put(rs.getString(1), new Entry(rs.getString(2), rs.getString(3), rs.getString(4),
                                unit(fromBytes(rs.getBytes(5)))));
                    });
                    entries = fresh;
                }
                index = entries;
            }
        }
        return index;
    }

    /** Memory follows the database: a rolled-back write must not leave phantom entries behind. */
    static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return unit;
    }

    private static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] fromBytes(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
