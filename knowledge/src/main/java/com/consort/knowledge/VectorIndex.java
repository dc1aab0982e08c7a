package com.consort.knowledge;

import java.util.List;

/**
 * Nearest-neighbour search over chunk embeddings. Both implementations keep the database as the
 * source of truth, so a restart or a second instance sees the same index.
 */
public interface VectorIndex {

    int DIMENSIONS = 384;

    /** Adds or replaces vectors by chunk id. */
    void upsert(List<ChunkVector> vectors);

    /** Removes every vector of a document; returns how many were removed. */
    int removeDocument(String documentId);

    /** The chunks in {@code scope} most similar to {@code query}, best first. */
    List<VectorMatch> nearest(float[] query, int limit, Scope scope);

    int size();

    static void checkDimensions(float[] vector) {
        if (vector.length != DIMENSIONS) {
            throw new IllegalArgumentException(
                    "Expected a " + DIMENSIONS + "-dimension vector but got " + vector.length);
        }
    }
}
