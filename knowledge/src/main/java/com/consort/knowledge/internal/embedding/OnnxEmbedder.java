package com.consort.knowledge.internal.embedding;

import com.consort.knowledge.Embedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executor;
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
        this.model = new Bge(executor);
    }

    /**
     * The BGE-small model of LangChain4j's artifact in a session that runs each text on one thread. ONNX Runtime's
     * default, a thread per core for every run, spun both cores for one query while the search's other work (reading
     * the question, the directory, the keyword leg) waited for them; texts are embedded side by side by the pool instead.
     */
    private static final class Bge extends AbstractInProcessEmbeddingModel {
        private static final OnnxBertBiEncoder MODEL = load();

        Bge(Executor executor) {
            super(executor);
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return MODEL;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }

        private static OnnxBertBiEncoder load() {
            ClassLoader loader = OnnxEmbedder.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream("bge-small-en-v1.5-q.onnx");
                    InputStream tokenizer = loader.getResourceAsStream("bge-small-en-v1.5-q-tokenizer.json");
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                return new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options), tokenizer,
                        PoolingMode.CLS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("The embedding model cannot be loaded", e);
            }
        }
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
