package com.consort.knowledge;

import java.util.List;

/** Turns text into vectors of {@link com.consort.knowledge.VectorIndex#DIMENSIONS} dimensions. */
public interface Embedder {

    /** Embeds passages to be indexed. */
    List<float[]> embedPassages(List<String> passages);

    /** Embeds a search query; retrieval models embed queries and passages differently. */
    float[] embedQuery(String query);

    String modelName();
}
