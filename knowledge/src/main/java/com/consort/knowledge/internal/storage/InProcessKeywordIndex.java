package com.consort.knowledge.internal.storage;

import com.consort.knowledge.KeywordIndex;
import com.consort.knowledge.Scope;
import com.consort.knowledge.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * BM25 ({@link Bm25}) over chunk text held in memory, rebuilt from the chunk table on first use. Each
 * chunk keeps its term sequence as term numbers, so that a question's multi-word terms can be checked
 * for adjacency (the phrase bonus) without keeping the text.
 */
public class InProcessKeywordIndex implements KeywordIndex {

    /** How many of the best chunks by BM25 are checked for the question's phrases. */
    static final int PHRASE_WINDOW = 200;

    private record Doc(String documentId, String kind, String partnerId, int length, int[] sequence) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> postings = new ConcurrentHashMap<>();
    private final AtomicLong totalLength = new AtomicLong();
    private final Map<String, Integer> termNumbers = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextTermNumber = new java.util.concurrent.atomic.AtomicInteger();
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
        List<String> sequence = Terms.of(query);
        Map<String, Double> idf = new HashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (String term : new java.util.LinkedHashSet<>(sequence)) {
            Map<String, Integer> posting = postings.get(term);
            if (posting == null) {
                continue;
            }
            double termIdf = Bm25.idf(n, posting.size());
            idf.put(term, termIdf);
            posting.forEach((chunkId, tf) -> {
                Doc doc = docs.get(chunkId);
                if (doc != null && scope.admits(doc.kind(), doc.partnerId())) {
                    scores.merge(chunkId, termIdf * Bm25.tf(tf, doc.length(), averageLength), Double::sum);
                }
            });
        }
        addPhraseBonuses(sequence, idf, scores, averageLength, Math.max(PHRASE_WINDOW, 5 * limit));
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
        int[] sequence = new int[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            tf.merge(terms.get(i), 1, Integer::sum);
            sequence[i] = termNumbers.computeIfAbsent(terms.get(i), t -> nextTermNumber.getAndIncrement());
        }
        tf.forEach((term, count) -> postings.computeIfAbsent(term, k -> new ConcurrentHashMap<>()).put(chunk.chunkId(), count));
        docs.put(chunk.chunkId(), new Doc(chunk.documentId(), chunk.kind(), chunk.partnerId(), terms.size(), sequence));
        totalLength.addAndGet(terms.size());
    }

    /**
     * Adds the phrase bonus to the best-scoring chunks that have a pair of the question's adjacent words next
     * to each other. Only the {@code window} best by BM25 are checked (a rescoring window, as search engines
     * rescore): checking every chunk that has two common words made keyword search several times slower.
     */
    private void addPhraseBonuses(List<String> sequence, Map<String, Double> idf, Map<String, Double> scores,
            double averageLength, int window) {
        List<int[]> pairs = new ArrayList<>();
        List<double[]> pairIdf = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < sequence.size(); i++) {
            String first = sequence.get(i - 1);
            String second = sequence.get(i);
            Integer a = termNumbers.get(first);
            Integer b = termNumbers.get(second);
            if (a != null && b != null && !a.equals(b) && idf.containsKey(first) && idf.containsKey(second)
                    && seen.add(first + " " + second)) {
                pairs.add(new int[] {a, b});
                pairIdf.add(new double[] {idf.get(first), idf.get(second)});
            }
        }
        if (pairs.isEmpty()) {
            return;
        }
        PriorityQueue<Map.Entry<String, Double>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (top.size() < window || e.getValue() > top.peek().getValue()) {
                top.offer(Map.entry(e.getKey(), e.getValue()));
                if (top.size() > window) {
                    top.poll();
                }
            }
        }
        for (Map.Entry<String, Double> e : top) {
            Doc doc = docs.get(e.getKey());
            if (doc == null) {
                continue;
            }
            double bonus = 0;
            for (int p = 0; p < pairs.size(); p++) {
                if (adjacent(doc.sequence(), pairs.get(p)[0], pairs.get(p)[1])) {
                    bonus += Bm25.phraseBonus(pairIdf.get(p)[0], pairIdf.get(p)[1], doc.length(), averageLength);
                }
            }
            if (bonus > 0) {
                scores.merge(e.getKey(), bonus, Double::sum);
            }
        }
    }

    /** Whether term number {@code a} is directly followed by {@code b} (stop words between them are not terms). */
    private static boolean adjacent(int[] sequence, int a, int b) {
        for (int i = 1; i < sequence.length; i++) {
            if (sequence[i - 1] == a && sequence[i] == b) {
                return true;
            }
        }
        return false;
    }

    private void remove(String chunkId, Doc doc) {
        postings.values().forEach(p -> p.remove(chunkId));
        totalLength.addAndGet(-doc.length());
    }
}
