package com.consort.knowledge;

/**
 * A passage of a document: the unit of retrieval and of citation.
 *
 * @param tableHeaders when the passage is one row of a table: the table's column headers
 *        ("Tier | Deal role | Upfront discount"), the row's text being "Tier: Premier | Deal role: Sourced | ...";
 *        null for text
 */
public record Chunk(String id, String documentId, String partnerId, int ordinal, String locator, String text,
        String tableHeaders) {

    public Chunk(String id, String documentId, String partnerId, int ordinal, String locator, String text) {
        this(id, documentId, partnerId, ordinal, locator, text, null);
    }

    public boolean tableRow() {
        return tableHeaders != null;
    }
}
