package com.consort.knowledge;

/** Thrown when the file as a whole cannot be read (for example no id or name column). */
public class InvalidImportFileException extends RuntimeException {
    public InvalidImportFileException(String message) {
        super(message);
    }
}
