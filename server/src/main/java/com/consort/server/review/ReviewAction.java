package com.consort.server.review;

import com.consort.server.security.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What can be done to a draft in review, by whom and from which states. Partners and marketing
 * submit; only marketing decides (approve, request changes, reject); an approved draft is published by
 * marketing or its partner; either can archive it.
 */
public enum ReviewAction {
    SUBMIT(ReviewState.IN_REVIEW, EnumSet.of(Role.PARTNER, Role.MARKETING),
            EnumSet.of(ReviewState.DRAFT, ReviewState.CHANGES_REQUESTED)),
    APPROVE(ReviewState.APPROVED, EnumSet.of(Role.MARKETING), EnumSet.of(ReviewState.IN_REVIEW)),
    REQUEST_CHANGES(ReviewState.CHANGES_REQUESTED, EnumSet.of(Role.MARKETING), EnumSet.of(ReviewState.IN_REVIEW)),
    REJECT(ReviewState.REJECTED, EnumSet.of(Role.MARKETING), EnumSet.of(ReviewState.IN_REVIEW)),
    PUBLISH(ReviewState.PUBLISHED, EnumSet.of(Role.MARKETING, Role.PARTNER), EnumSet.of(ReviewState.APPROVED)),
    ARCHIVE(ReviewState.ARCHIVED, EnumSet.of(Role.MARKETING, Role.PARTNER), EnumSet.complementOf(EnumSet.of(ReviewState.ARCHIVED)));

    private final ReviewState target;
    private final Set<Role> roles;
    private final Set<ReviewState> from;

    ReviewAction(ReviewState target, Set<Role> roles, Set<ReviewState> from) {
        this.target = target;
        this.roles = roles;
        this.from = from;
    }

    public ReviewState target() {
        return target;
    }

    public boolean allowedFor(Role role) {
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
