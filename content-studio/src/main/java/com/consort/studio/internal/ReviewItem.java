package com.consort.studio.internal;

import java.time.Instant;

/** What the workflow keeps of a draft besides its state (review_item): submission, approval, publication window, reason. */
record ReviewItem(Integer submittedVersion, String submittedBy, Instant submittedAt, Integer approvedVersion,
        String approvedBy, Instant approvedAt, Instant publishedAt, Instant effectiveFrom, Instant expiresAt,
        String decisionReason) {

    static final ReviewItem NONE = new ReviewItem(null, null, null, null, null, null, null, null, null, null);
}
