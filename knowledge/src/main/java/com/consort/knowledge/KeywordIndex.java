package com.consort.knowledge;

import java.util.List;

/** Keyword search over chunk text. The chunk table is the source of truth for both implementations. */
public interface KeywordIndex {

    record IndexedChunk(String chunkId, String documentId, String kind, String partnerId, String text) {
    }

    record KeywordMatch(String chunkId, String documentId, String partnerId, double score) {
    }

    /** Tells the index about chunks just written to the chunk table (within the writing transaction). */
    void added(List<IndexedChunk> chunks);

    /** Tells the index a document's chunks were just deleted. */
    void removedDocument(String documentId);

    /**
     * After a bulk load: brings the statistics the search reads up to date at once (PostgreSQL's ANALYZE,
     * which autovacuum would run within a minute or so). Best effort: a failure is logged, not thrown.
     */
    default void refreshStatistics() {
    }

    /** Chunks matching any of the query's terms, best first. */
    List<KeywordMatch> search(String query, int limit, Scope scope);
}
