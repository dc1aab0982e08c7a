package com.consort.studio.internal;

import com.consort.studio.Drafts;
import com.consort.studio.Draft;
import com.consort.studio.DraftVersion;
import com.consort.studio.NotAllowedException;
import com.consort.studio.ReviewAction;
import com.consort.studio.ConflictException;
import com.consort.studio.ReviewState;
import com.consort.studio.Reviews;
import com.consort.studio.StudioRole;
import com.consort.studio.UnsupportedClaimsException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The transition rules of the review workflow, pure: which role may take which action from which state
 * to which, what a transition records, and what a new version does to a draft's state. No storage, no
 * clock of its own: the workflow passes what the rules look at.
 */
final class ReviewRules {

    /** Why the table refuses: the role may never take the action, or not from this state. */
    enum Refusal {
        ROLE, STATE
    }

    /** One cell of the table: the next state, or the refusal. */
    record Decision(ReviewState next, Refusal refusal) {
    }

    private ReviewRules() {
    }

    /** The table: state × action × role gives the next state or a refusal (the role is checked first). */
    static Decision decide(ReviewState from, ReviewAction action, StudioRole role) {
        if (!action.allowedFor(role)) {
            return new Decision(null, Refusal.ROLE);
        }
        return action.allowedFrom(from) ? new Decision(action.target(), null) : new Decision(null, Refusal.STATE);
    }

    /** What the role may never do is refused whichever draft it names, before the draft is even looked up. */
    static void requireRole(ReviewAction action, StudioRole role) {
        if (decide(ReviewState.DRAFT, action, role).refusal() == Refusal.ROLE) {
            throw new NotAllowedException("A " + role + " cannot " + action.slug() + " a draft");
        }
    }

    static ReviewState next(ReviewState from, ReviewAction action, StudioRole role) {
        Decision decision = decide(from, action, role);
        if (decision.refusal() == Refusal.ROLE) {
            throw new NotAllowedException("A " + role + " cannot " + action.slug() + " a draft");
        }
        if (decision.refusal() == Refusal.STATE) {
            throw new ConflictException("Cannot " + action.slug() + " a draft that is " + from.code());
        }
        return decision.next();
    }

    /** The actions a role may take now, as slugs. */
    static List<String> available(ReviewState state, StudioRole role) {
        return Arrays.stream(ReviewAction.values()).filter(a -> decide(state, a, role).refusal() == null)
                .map(ReviewAction::slug).toList();
    }

    /** Before a new version of a draft is written (edit or regenerate): refused for a draft out of the workflow. */
    static void requireNewVersionAllowed(Draft draft) {
        ReviewState state = ReviewState.of(draft.status());
        if (!state.editable()) {
            throw new ConflictException("The draft is " + state.code() + ": it cannot get a new version");
        }
    }

    /**
     * The state a draft is in once a new version of it is written: back to draft, so the new version needs
     * its own approval (the approved version stays recorded). Drafts out of the workflow (rejected,
     * archived, expired) get no new version ({@link ReviewState#editable()}); they stay as they are.
     */
    static ReviewState afterNewVersion(ReviewState before) {
        return before.editable() ? ReviewState.DRAFT : before;
    }

    /** An approved or published asset inside its publication window. */
    static boolean live(ReviewState state, ReviewItem item, Instant now) {
        return (state == ReviewState.APPROVED || state == ReviewState.PUBLISHED)
                && (item.effectiveFrom() == null || !item.effectiveFrom().isAfter(now))
                && (item.expiresAt() == null || item.expiresAt().isAfter(now));
    }

    /**
     * What an allowed transition records: the submitted version, the approval and its window, the
     * publication, or the reason; refused when the request does not fit the action. {@code text} is the
     * stripped comment, null when none was given.
     */
    static ReviewItem record(ReviewAction action, ReviewItem before, Draft draft, DraftVersion current,
            Reviews.Transition request, String text, String actor, Instant now) {
        return switch (action) {
            case SUBMIT -> {
                requireSubmittable(current);
                yield new ReviewItem(draft.currentVersion(), actor, now, before.approvedVersion(), before.approvedBy(),
                        before.approvedAt(), before.publishedAt(), before.effectiveFrom(), before.expiresAt(), null);
            }
            case APPROVE -> {
                if (request.version() == null) {
                    throw new IllegalArgumentException("version is required: approval is of one version of the draft");
                }
                if (!request.version().equals(before.submittedVersion()) || request.version() != draft.currentVersion()) {
                    throw new ConflictException("Version " + request.version()
                            + " is not the version in review (" + before.submittedVersion() + ")");
                }
                requireSubmittable(current);
                Instant effective = request.effectiveFrom() == null ? now : request.effectiveFrom();
                if (request.expiresAt() != null && !request.expiresAt().isAfter(effective)) {
                    throw new IllegalArgumentException("expiresAt must be after effectiveFrom");
                }
                yield new ReviewItem(before.submittedVersion(), before.submittedBy(), before.submittedAt(), request.version(),
                        actor, now, null, effective, request.expiresAt(), null);
            }
            case REQUEST_CHANGES, REJECT -> {
                if (text == null || text.isEmpty() || text.length() > Reviews.MAX_TEXT) {
                    throw new IllegalArgumentException(action == ReviewAction.REJECT
                            ? "A rejection needs a reason (comment), at most " + Reviews.MAX_TEXT + " characters"
                            : "Requesting changes needs a comment saying what to change, at most " + Reviews.MAX_TEXT
                                    + " characters");
                }
                yield new ReviewItem(before.submittedVersion(), before.submittedBy(), before.submittedAt(),
                        before.approvedVersion(), before.approvedBy(), before.approvedAt(), before.publishedAt(),
                        before.effectiveFrom(), before.expiresAt(), text);
            }
            case PUBLISH -> {
                if (before.effectiveFrom() != null && before.effectiveFrom().isAfter(now)) {
                    throw new ConflictException("The approval is effective from " + before.effectiveFrom()
                            + "; publish then");
                }
                if (before.approvedVersion() == null || before.approvedVersion() != draft.currentVersion()) {
                    throw new ConflictException("Only the approved version can be published");
                }
                yield new ReviewItem(before.submittedVersion(), before.submittedBy(), before.submittedAt(),
                        before.approvedVersion(), before.approvedBy(), before.approvedAt(), now, before.effectiveFrom(),
                        before.expiresAt(), before.decisionReason());
            }
            case ARCHIVE -> before;
        };
    }

    private static void requireSubmittable(DraftVersion version) {
        if (!version.submittable()) {
            throw new UnsupportedClaimsException(version.checks());
        }
    }
}
