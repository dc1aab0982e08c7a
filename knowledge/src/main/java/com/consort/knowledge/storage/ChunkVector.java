package com.consort.knowledge.storage;

/** The embedding of one chunk, with the keys that retrieval filters on. */
public record ChunkVector(String chunkId, String documentId, String partnerId, float[] vector) {
    public ChunkVector {
        if (chunkId == null || documentId == null || vector == null) {
            throw new IllegalArgumentException("chunkId, documentId and vector are required");
        }
    }
}
