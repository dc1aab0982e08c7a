package com.consort.knowledge;

/** The upload was understood but its content could not be indexed; the failure is recorded. */
public class IndexingFailedException extends RuntimeException {
    private final transient Document document;

    public IndexingFailedException(Document document) {
        super(document.error());
        this.document = document;
    }

    public Document document() {
        return document;
    }
}
