package com.consort.knowledge;

/** A chunk found by vector search; similarity is the cosine similarity in [-1, 1]. */
public record VectorMatch(String chunkId, String documentId, String partnerId, double similarity) {
}
