package com.consort.knowledge;

/** A replacement whose bytes are already another document's. */
public class DuplicateContentException extends RuntimeException {
    public DuplicateContentException(String existingDocumentId) {
        super("Document " + existingDocumentId + " already has exactly this content");
    }
}
