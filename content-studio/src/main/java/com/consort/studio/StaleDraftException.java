package com.consort.studio;

/** An edit or transition based on a version of the draft that is no longer current: answer 409. */
public class StaleDraftException extends RuntimeException {

    public StaleDraftException(String draftId, long expected, long actual) {
        super("Draft " + draftId + " has changed: expected version " + expected + " but it is at " + actual
                + "; reload and apply your change again");
    }
}
