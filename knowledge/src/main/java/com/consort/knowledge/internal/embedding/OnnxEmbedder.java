package com.consort.knowledge.internal.embedding;

import com.consort.knowledge.Embedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.micrometer.core.instrument.Metrics;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * In-process BGE-small-en-v1.5 (quantised ONNX, shipped as a Maven artifact). One shared model
 * session and a fixed, small pool: per-request threads collapse ONNX Runtime under concurrency.
 */
public class OnnxEmbedder implements Embedder, AutoCloseable {

    // BGE's instruction for short queries against passages (from the model card); passages get none.
    private static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private final ThreadPoolExecutor executor;
    private final EmbeddingModel model;

    public OnnxEmbedder(int threads) {
        this.executor = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "consort-embedding");
            t.setDaemon(true);
            return t;
        });
        // batches waiting for the model: a queue that keeps growing means ingest outruns the CPU
        Metrics.gauge("consort.embedding.queue", executor, pool -> pool.getQueue().size());
        this.model = new BgeSmallEnV15QuantizedEmbeddingModel(executor);
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        if (passages.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = model.embedAll(passages.stream().map(TextSegment::from).toList()).content();
        return embeddings.stream().map(Embedding::vector).toList();
    }

    @Override
    public float[] embedQuery(String query) {
        return model.embed(QUERY_INSTRUCTION + query).content().vector();
    }

    @Override
    public String modelName() {
        return "bge-small-en-v1.5-q";
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
