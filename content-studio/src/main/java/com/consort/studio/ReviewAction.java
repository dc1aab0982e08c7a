package com.consort.studio;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What can be done to a draft in review, by whom and from which states. Partners and marketing
 * submit; only marketing decides (approve, request changes, reject); an approved draft is published by
 * marketing or its partner; either can archive it.
 */
public enum ReviewAction {
    SUBMIT(ReviewState.IN_REVIEW, EnumSet.of(StudioRole.PARTNER, StudioRole.MARKETING),
            EnumSet.of(ReviewState.DRAFT, ReviewState.CHANGES_REQUESTED)),
    APPROVE(ReviewState.APPROVED, EnumSet.of(StudioRole.MARKETING), EnumSet.of(ReviewState.IN_REVIEW)),
    REQUEST_CHANGES(ReviewState.CHANGES_REQUESTED, EnumSet.of(StudioRole.MARKETING), EnumSet.of(ReviewState.IN_REVIEW)),
    REJECT(ReviewState.REJECTED, EnumSet.of(StudioRole.MARKETING), EnumSet.of(ReviewState.IN_REVIEW)),
    PUBLISH(ReviewState.PUBLISHED, EnumSet.of(StudioRole.MARKETING, StudioRole.PARTNER), EnumSet.of(ReviewState.APPROVED)),
    ARCHIVE(ReviewState.ARCHIVED, EnumSet.of(StudioRole.MARKETING, StudioRole.PARTNER), EnumSet.complementOf(EnumSet.of(ReviewState.ARCHIVED)));

    private final ReviewState target;
    private final Set<StudioRole> roles;
    private final Set<ReviewState> from;

    ReviewAction(ReviewState target, Set<StudioRole> roles, Set<ReviewState> from) {
        this.target = target;
        this.roles = roles;
        this.from = from;
    }

    public ReviewState target() {
        return target;
    }

    public boolean allowedFor(StudioRole role) {
        return roles.contains(role);
    }

    public boolean allowedFrom(ReviewState state) {
        return from.contains(state);
    }

    /** As in URLs and audit actions: request-changes. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
