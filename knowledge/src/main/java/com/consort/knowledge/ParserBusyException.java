package com.consort.knowledge;

/** Every parser permit is held (by slow or stuck parses): try again later; not the file's fault. */
public class ParserBusyException extends RuntimeException {
    public ParserBusyException(String message) {
        super(message);
    }
}
