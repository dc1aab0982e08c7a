package com.consort.knowledge.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/** BM25 over chunk text held in memory, rebuilt from the chunk table on first use. */
public class InProcessKeywordIndex implements KeywordIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private record Doc(String documentId, String kind, String partnerId, int length) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> postings = new ConcurrentHashMap<>();
    private final AtomicLong totalLength = new AtomicLong();
    private volatile boolean loaded;

    public InProcessKeywordIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void added(List<IndexedChunk> chunks) {
        InProcessVectorIndex.afterCommit(() -> {
            ensureLoaded();
            chunks.forEach(this::put);
        });
    }

    @Override
    public void removedDocument(String documentId) {
        InProcessVectorIndex.afterCommit(() -> {
            ensureLoaded();
            docs.entrySet().removeIf(e -> {
                if (e.getValue().documentId().equals(documentId)) {
                    remove(e.getKey(), e.getValue());
                    return true;
                }
                return false;
            });
        });
    }

    @Override
    public List<KeywordMatch> search(String query, int limit, Scope scope) {
        if (scope.empty() || limit <= 0 || query == null) {
            return List.of();
        }
        ensureLoaded();
        int n = docs.size();
        if (n == 0) {
            return List.of();
        }
        double averageLength = (double) totalLength.get() / n;
        Map<String, Double> scores = new HashMap<>();
        for (String term : new java.util.LinkedHashSet<>(Terms.of(query))) {
            Map<String, Integer> posting = postings.get(term);
            if (posting == null) {
                continue;
            }
            double idf = Math.log(1 + (n - posting.size() + 0.5) / (posting.size() + 0.5));
            posting.forEach((chunkId, tf) -> {
                Doc doc = docs.get(chunkId);
                if (doc != null && scope.admits(doc.kind(), doc.partnerId())) {
                    double norm = tf + K1 * (1 - B + B * doc.length() / averageLength);
                    scores.merge(chunkId, idf * tf * (K1 + 1) / norm, Double::sum);
                }
            });
        }
        PriorityQueue<KeywordMatch> best = new PriorityQueue<>(Comparator.comparingDouble(KeywordMatch::score));
        scores.forEach((chunkId, score) -> {
            Doc doc = docs.get(chunkId);
            if (doc != null && (best.size() < limit || score > best.peek().score())) {
                best.offer(new KeywordMatch(chunkId, doc.documentId(), doc.partnerId(), score));
                if (best.size() > limit) {
                    best.poll();
                }
            }
        });
        List<KeywordMatch> result = new ArrayList<>(best);
        result.sort(Comparator.comparingDouble(KeywordMatch::score).reversed().thenComparing(KeywordMatch::chunkId));
        return result;
    }

    private void ensureLoaded() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    jdbc.query("SELECT id, document_id, kind, partner_id, text FROM chunk", rs -> {
                                put(new IndexedChunk(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                        rs.getString(5)));
                            });
                    loaded = true;
                }
            }
        }
    }

    private void put(IndexedChunk chunk) {
        Doc previous = docs.get(chunk.chunkId());
        if (previous != null) {
            remove(chunk.chunkId(), previous);
        }
        List<String> terms = Terms.of(chunk.text());
        Map<String, Integer> tf = new HashMap<>();
        terms.forEach(t -> tf.merge(t, 1, Integer::sum));
        tf.forEach((term, count) -> postings.computeIfAbsent(term, k -> new ConcurrentHashMap<>()).put(chunk.chunkId(), count));
        docs.put(chunk.chunkId(), new Doc(chunk.documentId(), chunk.kind(), chunk.partnerId(), terms.size()));
        totalLength.addAndGet(terms.size());
    }

    private void remove(String chunkId, Doc doc) {
        postings.values().forEach(p -> p.remove(chunkId));
        totalLength.addAndGet(-doc.length());
    }
}
