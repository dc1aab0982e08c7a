package com.consort.knowledge.internal.embedding;

import com.consort.knowledge.Embedder;
import com.consort.knowledge.VectorIndex;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import java.time.Duration;
import java.util.List;

/**
 * Embeddings from an OpenAI-compatible endpoint (OpenAI, Ollama's /v1, vLLM, LocalAI, ...). The index
 * stores {@link VectorIndex#DIMENSIONS}-dimension vectors, so the model must produce exactly that many;
 * this is checked once at start-up with a clear message rather than failing on the first document.
 */
public class RemoteEmbedder implements Embedder {

    private final EmbeddingModel model;
    private final String modelName;

    public RemoteEmbedder(String baseUrl, String apiKey, String modelName, Duration timeout) {
        this.modelName = modelName;
        this.model = OpenAiEmbeddingModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
                .modelName(modelName)
                .timeout(timeout)
                .maxRetries(2)
                .build();
    }

    /** Fails fast when the endpoint is unreachable or its vectors do not fit the index. */
    public RemoteEmbedder verified() {
        int dimensions = embedQuery("dimension check").length;
        if (dimensions != VectorIndex.DIMENSIONS) {
            throw new IllegalStateException("The embedding model '" + modelName + "' returns " + dimensions
                    + "-dimension vectors; Consort's index needs " + VectorIndex.DIMENSIONS
                    + " (for example BAAI/bge-small-en-v1.5, or a model that supports a 'dimensions' parameter)");
        }
        return this;
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        if (passages.isEmpty()) {
            return List.of();
        }
        return model.embedAll(passages.stream().map(TextSegment::from).toList()).content().stream()
                .map(Embedding::vector).toList();
    }

    @Override
    public float[] embedQuery(String query) {
        return model.embed(query).content().vector();
    }

    @Override
    public String modelName() {
        return modelName;
    }
}
