package com.consort.knowledge;

/** The embedding of one chunk, with the keys that retrieval filters on. */
public record ChunkVector(String chunkId, String documentId, String kind, String partnerId, float[] vector) {
    public ChunkVector {
        if (chunkId == null || documentId == null || kind == null || vector == null) {
            throw new IllegalArgumentException("chunkId, documentId, kind and vector are required");
        }
    }
}
