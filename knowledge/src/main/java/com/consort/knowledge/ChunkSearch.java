package com.consort.knowledge;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** The low-level retrieval API: chunks with scores and what is needed to cite them. */
public class ChunkSearch {

    /**
     * A retrieved chunk. {@code dense} is the cosine similarity and {@code keyword} the keyword score
     * when that signal found the chunk; {@code score} is what the results are ordered by.
     */
    public record Hit(Chunk chunk, Document document, double score, Double dense, Double keyword) {
    }

    /**
     * What a search is for, which decides how a hybrid search fuses its two legs. PASSAGES (programme rules,
     * stories, tools) fuse by rank ({@link ReciprocalRankFuser}); PARTNERS (partner search and its candidate
     * window) fuse the legs' scores ({@link RelativeScoreFuser}), so that a rare word that only one partner's
     * own description uses counts by how much BM25 says it counts, not only by the rank it gives.
     */
    public enum Purpose {
        PARTNERS, PASSAGES
    }

    /** How a hybrid search makes one score of its two legs. */
    public sealed interface Fusion permits ReciprocalRankFuser, RelativeScoreFuser {
        /**
         * The fused score of each chunk id that either leg found.
         *
         * @param dense chunk id to cosine similarity, best first (in iteration order)
         * @param keyword chunk id to keyword score, best first
         */
        Map<String, Double> fuse(Map<String, Double> dense, Map<String, Double> keyword);
    }

    /**
     * Relative score fusion: each leg's scores are divided by that leg's own best (its best becomes 1; a negative
     * cosine counts as 0; a leg whose best is not above 0 gives each 1), and a chunk scores denseWeight × its
     * dense share + keywordWeight × its keyword share, 0 in a leg that did not find it. Dividing by the best,
     * not min-max, keeps a flat leg flat: when nothing in the question tells partners apart, their cosines sit in
     * a narrow band, and stretching that band to 0..1 would outweigh the small stated boosts (track record,
     * tier) that should decide between them. LangChain4j's core has only rank fusion, hence this record. The
     * weights were chosen by measuring 0.5/0.5 and 0.3/0.7 (dense/keyword) on every suite (docs/retrieval.md).
     */
    public record RelativeScoreFuser(double denseWeight, double keywordWeight) implements Fusion {
        public static final RelativeScoreFuser DEFAULT = new RelativeScoreFuser(0.5, 0.5);

        @Override
        public Map<String, Double> fuse(Map<String, Double> dense, Map<String, Double> keyword) {
            Map<String, Double> fused = new HashMap<>();
            add(fused, dense, denseWeight);
            add(fused, keyword, keywordWeight);
            return fused;
        }

        private static void add(Map<String, Double> fused, Map<String, Double> leg, double weight) {
            if (leg.isEmpty()) {
                return;
            }
            double max = leg.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            leg.forEach((id, score) -> fused.merge(id, weight * (max > 0 ? Math.max(0, score) / max : 1.0), Double::sum));
        }
    }

    /**
     * The fuser of a hybrid search for passages (LangChain4j's {@code ReciprocalRankFuser}), weighted: a chunk scores the sum over
     * the lists that found it of weight / (k + rank). k = 60 is the value of the original RRF paper; the weights were
     * chosen by measuring dense, keyword and hybrid retrieval side by side on every suite (docs/retrieval.md).
     */
    public record ReciprocalRankFuser(int k, double denseWeight, double keywordWeight) implements Fusion {
        public static final ReciprocalRankFuser DEFAULT = new ReciprocalRankFuser(60, 1.0, 1.0);

        @Override
        public Map<String, Double> fuse(Map<String, Double> dense, Map<String, Double> keyword) {
            Map<String, Double> fused = new HashMap<>();
            add(fused, dense.keySet(), denseWeight);
            add(fused, keyword.keySet(), keywordWeight);
            return fused;
        }

        private void add(Map<String, Double> fused, Iterable<String> ranking, double weight) {
            int rank = 0;
            for (String id : ranking) {
                fused.merge(id, weight / (k + ++rank), Double::sum);
            }
        }
    }

    private final Embedder embedder;
    private final VectorIndex vectors;
    private final KeywordIndex keywords;
    private final DocumentRepository documents;
    private final Executor keywordLeg;
    private final Fusion passageFusion;
    private final Fusion partnerFusion;

    /**
     * @param keywordLeg runs the keyword half of a hybrid search beside the dense half; a bounded pool
     *        that runs work in the caller's thread when busy, so load never adds threads
     */
    public ChunkSearch(Embedder embedder, VectorIndex vectors, KeywordIndex keywords, DocumentRepository documents,
            Executor keywordLeg) {
        this(embedder, vectors, keywords, documents, keywordLeg, ReciprocalRankFuser.DEFAULT, RelativeScoreFuser.DEFAULT);
    }

    /** With other fusers, to measure them (eval's RetrievalModesBench). */
    public ChunkSearch(Embedder embedder, VectorIndex vectors, KeywordIndex keywords, DocumentRepository documents,
            Executor keywordLeg, Fusion passageFusion, Fusion partnerFusion) {
        this.embedder = embedder;
        this.vectors = vectors;
        this.keywords = keywords;
        this.documents = documents;
        this.keywordLeg = keywordLeg;
        this.passageFusion = passageFusion;
        this.partnerFusion = partnerFusion;
    }

    public List<Hit> search(String query, int limit, Scope scope, RetrievalMode mode) {
        return search(query, null, limit, scope, mode);
    }

    /** As {@link #search(String, int, Scope, RetrievalMode)} with the query already embedded (or null). */
    public List<Hit> search(String query, float[] queryVector, int limit, Scope scope, RetrievalMode mode) {
        return search(query, queryVector, limit, scope, mode, Purpose.PASSAGES);
    }

    /** As {@link #search(String, float[], int, Scope, RetrievalMode)}, fused as the purpose needs. */
    public List<Hit> search(String query, float[] queryVector, int limit, Scope scope, RetrievalMode mode, Purpose purpose) {
        return search(query, queryVector == null ? null : () -> queryVector, limit, scope, mode, purpose);
    }

    /**
     * The query's embedding, begun now on the retrieval pool so that it runs beside what the caller does before it
     * searches (reading the question, the directory's candidates); null in keyword mode. With the pool busy, the
     * embedding runs here and now, as it did before.
     */
    public Supplier<float[]> embeddingAhead(String query, RetrievalMode mode) {
        if (mode == RetrievalMode.KEYWORD || query == null || query.isBlank()) {
            return null;
        }
        CompletableFuture<float[]> vector = CompletableFuture.supplyAsync(
                () -> leg("embed").record(() -> embedder.embedQuery(query)), keywordLeg);
        return () -> {
            try {
                return vector.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        };
    }

    /** As {@link #search(String, float[], int, Scope, RetrievalMode, Purpose)} with the embedding begun ahead (or null). */
    public List<Hit> search(String query, Supplier<float[]> queryVector, int limit, Scope scope, RetrievalMode mode,
            Purpose purpose) {
        if (query == null || query.isBlank() || limit <= 0 || scope.empty()) {
            return List.of();
        }
        int depth = mode == RetrievalMode.HYBRID ? Math.max(limit * 4, 40) : limit;
        Map<String, Double> dense = new LinkedHashMap<>(); // best first, as the fusers need
        Map<String, Double> keyword = new LinkedHashMap<>();
        CompletableFuture<List<KeywordIndex.KeywordMatch>> keywordMatches = mode == RetrievalMode.DENSE
                ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> leg("keyword").record(() -> keywords.search(query, depth, scope)),
                        mode == RetrievalMode.HYBRID ? keywordLeg : Runnable::run);
        if (mode != RetrievalMode.KEYWORD) {
            float[] vector = queryVector != null ? queryVector.get() : leg("embed").record(() -> embedder.embedQuery(query));
            List<VectorMatch> matches = leg("dense").record(() -> vectors.nearest(vector, depth, scope));
            matches.forEach(m -> dense.putIfAbsent(m.chunkId(), m.similarity()));
        }
        if (mode != RetrievalMode.DENSE) {
            List<KeywordIndex.KeywordMatch> matches = keywordMatches.join();
            matches.forEach(m -> keyword.putIfAbsent(m.chunkId(), m.score()));
        }
        Map<String, Double> ranking = switch (mode) {
            case DENSE -> dense;
            case KEYWORD -> keyword;
            case HYBRID -> (purpose == Purpose.PARTNERS ? partnerFusion : passageFusion).fuse(dense, keyword);
        };
        List<String> ids = ranking.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        Map<String, Chunk> chunks = leg("fetch").record(() -> documents.chunks(ids));
        Map<String, Document> docs = documents.findAll(chunks.values().stream().map(Chunk::documentId).distinct().toList());
        List<Hit> hits = new ArrayList<>();
        for (String id : ids) {
            Chunk chunk = chunks.get(id);
            Document document = chunk == null ? null : docs.get(chunk.documentId());
            if (document != null) {
                hits.add(new Hit(chunk, document, ranking.get(id), dense.get(id), keyword.get(id)));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits;
    }

    /** Time spent in one leg of a search (embed, dense, keyword, fetch), for docs/grafana-dashboard.json. */
    private static Timer leg(String leg) {
        return Timer.builder("consort.search.latency").tag("leg", leg).publishPercentileHistogram()
                .register(Metrics.globalRegistry);
    }
}
