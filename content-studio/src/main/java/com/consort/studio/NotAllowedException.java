package com.consort.studio;

/** The actor's role may never do this, whichever draft it names: answer 403. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
