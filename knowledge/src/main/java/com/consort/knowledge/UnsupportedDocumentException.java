package com.consort.knowledge;

/** A file Consort will not parse; the message is safe to show to the uploader. */
public class UnsupportedDocumentException extends RuntimeException {
    public UnsupportedDocumentException(String message) {
        super(message);
    }
}
