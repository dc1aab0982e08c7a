package com.consort.eval.bench;

import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.document.Document;
import org.springframework.ai.document.MetadataMode;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * Benchmark-only: the in-process bge-small-en-v1.5-q model (the one Consort and the LangChain4j peer
 * use) as a Spring AI {@link EmbeddingModel}, so the Spring AI peer differs only in its own code.
 */
final class BgeSpringAiEmbeddingModel implements EmbeddingModel {

    private final dev.langchain4j.model.embedding.EmbeddingModel model;

    BgeSpringAiEmbeddingModel(dev.langchain4j.model.embedding.EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public EmbeddingResponse call(EmbeddingRequest request) {
        var vectors = model.embedAll(request.getInstructions().stream().map(TextSegment::from).toList()).content();
        List<Embedding> embeddings = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            embeddings.add(new Embedding(vectors.get(i).vector(), i));
        }
        return new EmbeddingResponse(embeddings);
    }

    @Override
    public float[] embed(Document document) {
        return model.embed(document.getFormattedContent(MetadataMode.EMBED)).content().vector();
    }

    @Override
    public int dimensions() {
        return 384;
    }
}
