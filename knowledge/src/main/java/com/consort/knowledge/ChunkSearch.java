package com.consort.knowledge;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The low-level retrieval API: chunks with scores and what is needed to cite them. */
public class ChunkSearch {

    /**
     * A retrieved chunk. {@code dense} is the cosine similarity and {@code keyword} the keyword score
     * when that signal found the chunk; {@code score} is what the results are ordered by.
     */
    public record Hit(Chunk chunk, Document document, double score, Double dense, Double keyword) {
    }

    /**
     * The fuser of a hybrid search (LangChain4j's {@code ReciprocalRankFuser}), weighted: a chunk scores the sum over
     * the lists that found it of weight / (k + rank). k = 60 is the value of the original RRF paper; the weights were
     * chosen by measuring dense, keyword and hybrid retrieval side by side on every suite (docs/retrieval.md).
     */
    public record ReciprocalRankFuser(int k, double denseWeight, double keywordWeight) {
        public static final ReciprocalRankFuser DEFAULT = new ReciprocalRankFuser(60, 1.0, 1.0);

        /** The fused score of each chunk id in either ranking (best first in each). */
        Map<String, Double> fuse(List<String> dense, List<String> keyword) {
            Map<String, Double> fused = new HashMap<>();
            for (int rank = 0; rank < dense.size(); rank++) {
                fused.merge(dense.get(rank), denseWeight / (k + rank + 1), Double::sum);
            }
            for (int rank = 0; rank < keyword.size(); rank++) {
                fused.merge(keyword.get(rank), keywordWeight / (k + rank + 1), Double::sum);
            }
            return fused;
        }
    }

    private final Embedder embedder;
    private final VectorIndex vectors;
    private final KeywordIndex keywords;
    private final DocumentRepository documents;
    private final Executor keywordLeg;
    private final ReciprocalRankFuser fuser;

    /**
     * @param keywordLeg runs the keyword half of a hybrid search beside the dense half; a bounded pool
     *        that runs work in the caller's thread when busy, so load never adds threads
     */
    public ChunkSearch(Embedder embedder, VectorIndex vectors, KeywordIndex keywords, DocumentRepository documents,
            Executor keywordLeg) {
        this(embedder, vectors, keywords, documents, keywordLeg, ReciprocalRankFuser.DEFAULT);
    }

    public ChunkSearch(Embedder embedder, VectorIndex vectors, KeywordIndex keywords, DocumentRepository documents,
            Executor keywordLeg, ReciprocalRankFuser fuser) {
        this.embedder = embedder;
        this.vectors = vectors;
        this.keywords = keywords;
        this.documents = documents;
        this.keywordLeg = keywordLeg;
        this.fuser = fuser;
    }

    public List<Hit> search(String query, int limit, Scope scope, RetrievalMode mode) {
        return search(query, null, limit, scope, mode);
    }

    /** As {@link #search(String, int, Scope, RetrievalMode)} with the query already embedded (or null). */
    public List<Hit> search(String query, float[] queryVector, int limit, Scope scope, RetrievalMode mode) {
        if (query == null || query.isBlank() || limit <= 0 || scope.empty()) {
            return List.of();
        }
        int depth = mode == RetrievalMode.HYBRID ? Math.max(limit * 4, 40) : limit;
        Map<String, Double> dense = new HashMap<>();
        Map<String, Double> keyword = new HashMap<>();
        List<String> denseRanking = new ArrayList<>();
        List<String> keywordRanking = new ArrayList<>();
        CompletableFuture<List<KeywordIndex.KeywordMatch>> keywordMatches = mode == RetrievalMode.DENSE
                ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> leg("keyword").record(() -> keywords.search(query, depth, scope)),
                        mode == RetrievalMode.HYBRID ? keywordLeg : Runnable::run);
        if (mode != RetrievalMode.KEYWORD) {
            float[] vector = queryVector != null ? queryVector : leg("embed").record(() -> embedder.embedQuery(query));
            List<VectorMatch> matches = leg("dense").record(() -> vectors.nearest(vector, depth, scope));
            for (int rank = 0; rank < matches.size(); rank++) {
                dense.put(matches.get(rank).chunkId(), matches.get(rank).similarity());
                denseRanking.add(matches.get(rank).chunkId());
            }
        }
        if (mode != RetrievalMode.DENSE) {
            List<KeywordIndex.KeywordMatch> matches = keywordMatches.join();
            for (int rank = 0; rank < matches.size(); rank++) {
                keyword.put(matches.get(rank).chunkId(), matches.get(rank).score());
                keywordRanking.add(matches.get(rank).chunkId());
            }
        }
        Map<String, Double> ranking = switch (mode) {
            case DENSE -> dense;
            case KEYWORD -> keyword;
            case HYBRID -> fuser.fuse(denseRanking, keywordRanking);
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
