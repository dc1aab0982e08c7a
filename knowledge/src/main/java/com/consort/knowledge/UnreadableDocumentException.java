package com.consort.knowledge;

/** A file of a supported type that could not be read (corrupt, truncated, too big once extracted). */
public class UnreadableDocumentException extends RuntimeException {
    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
