package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A partner search begins its question's embedding before it reads the question and the directory: the embedding runs
 * beside them, the search waits for it only when it needs the vector, and a failing embedder fails the search as it
 * did when the search embedded in place.
 */
class EmbeddingAheadTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() {
        pool.shutdownNow();
    }

    /** An embedder that holds each query until released, and says on which thread it embedded. */
    private static final class HeldEmbedder implements Embedder {
        final CountDownLatch release = new CountDownLatch(1);
        volatile String thread;

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            throw new UnsupportedOperationException();
        }

        @Override
        public float[] embedQuery(String query) {
            thread = Thread.currentThread().getName();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (query.contains("fail")) {
                throw new IllegalStateException("embedding endpoint down");
            }
            return new float[] {query.length()};
        }

        @Override
        public String modelName() {
            return "held";
        }
    }

    @Test
    void theEmbeddingRunsBesideTheCallerAndIsWaitedForOnlyWhenNeeded() {
        HeldEmbedder embedder = new HeldEmbedder();
        ChunkSearch chunks = new ChunkSearch(embedder, null, null, null, pool);
        String caller = Thread.currentThread().getName();

        var vector = chunks.embeddingAhead("partners for hospitals", RetrievalMode.HYBRID);

        // the caller goes on while the embedding is held: it did not embed in place
        assertThat(vector).isNotNull();
        embedder.release.countDown();
        assertThat(vector.get()).containsExactly(22f);
        assertThat(embedder.thread).isNotEqualTo(caller);
        assertThat(vector.get()).containsExactly(22f); // one embedding, read twice (the window and the ranking)
    }

    @Test
    void aKeywordSearchOrAnEmptyQuestionEmbedsNothing() {
        HeldEmbedder embedder = new HeldEmbedder();
        ChunkSearch chunks = new ChunkSearch(embedder, null, null, null, pool);
        assertThat(chunks.embeddingAhead("partners for hospitals", RetrievalMode.KEYWORD)).isNull();
        assertThat(chunks.embeddingAhead("  ", RetrievalMode.HYBRID)).isNull();
        assertThat(embedder.thread).isNull();
    }

    @Test
    void aFailingEmbedderFailsTheSearchWithItsOwnError() {
        HeldEmbedder embedder = new HeldEmbedder();
        embedder.release.countDown();
        ChunkSearch chunks = new ChunkSearch(embedder, null, null, null, pool);
        var vector = chunks.embeddingAhead("fail please", RetrievalMode.DENSE);
        assertThatThrownBy(vector::get).isInstanceOf(IllegalStateException.class).hasMessage("embedding endpoint down");
    }
}
