package com.consort.knowledge.document;

/** A passage of a document: the unit of retrieval and of citation. */
public record Chunk(String id, String documentId, String partnerId, int ordinal, String locator, String text) {
}
