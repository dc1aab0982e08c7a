package com.consort.studio;

/**
 * The request does not fit the draft's or story's current state: a draft not in a state (or at a version)
 * that allows this now, or a file already stored for someone else. Answer 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
