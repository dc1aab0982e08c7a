package com.consort.studio;

/**
 * A new version of an existing draft was committed (an edit or a regeneration, through any way in);
 * {@code before} is the draft as it was. The review workflow handles it: a draft in review, approved or
 * published goes back to draft, so the new version needs its own approval.
 */
public record DraftVersionWritten(Draft before, DraftVersion version) {
}
