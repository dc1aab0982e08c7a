package com.consort.studio;

/**
 * What the review workflow tells the rest of the application (audit, notifications), published
 * synchronously inside the transaction that made the change: a listener that writes in that
 * transaction commits or rolls back with it; one that reaches outside waits for the commit.
 */
public sealed interface ReviewEvent {

    String draftId();

    /** Why a draft moved: an actor's action, a new version written (back to draft), or its expiry. */
    enum Cause {
        ACTION, NEW_VERSION, EXPIRY
    }

    /**
     * A draft moved {@code from} one state {@code to} another. {@code actor} is the subject who acted,
     * {@link Actor#SYSTEM} for expiry, null when the move followed a new version; {@code comment} is a
     * change request's or rejection's text.
     */
    record Transitioned(Draft draft, ReviewState from, ReviewState to, Cause cause, String actor, String comment)
            implements ReviewEvent {
        @Override
        public String draftId() {
            return draft.id();
        }
    }

    /** A comment on one version of a draft. */
    record Commented(String draftId, String commentId, int version) implements ReviewEvent {
    }
}
