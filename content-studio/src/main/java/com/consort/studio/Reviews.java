package com.consort.studio;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The review workflow of studio drafts: who may move a draft from which state to which, comments, the
 * marketing queue and expiry. Every change runs in one transaction, guarded by the draft's lock version
 * (a stale request is a {@link StaleDraftException}, never a lost change), and publishes a
 * {@link ReviewEvent} in that transaction. A PARTNER sees only its own partner's drafts ({@link StudioAccess}):
 * anything else is "not found". Refusals are {@link NotAllowedException}, {@link ConflictException},
 * {@link UnsupportedClaimsException} and {@link IllegalArgumentException}.
 */
public interface Reviews {

    /** The longest comment, change request or rejection reason. */
    int MAX_TEXT = 4000;

    record Anchor(String section, int start, int end, String quote) {
    }

    record Comment(String id, String draftId, int version, String kind, String author, String authorName,
            String authorRole, String body, Anchor anchor, Instant createdAt) {
    }

    /** A draft's place in the workflow; {@code actions} are what this actor may do now. */
    record ReviewView(String draftId, String partnerId, String assetType, String status, long lockVersion,
            int currentVersion, Integer submittedVersion, String submittedBy, Instant submittedAt, Integer approvedVersion,
            String approvedBy, Instant approvedAt, Instant publishedAt, Instant effectiveFrom, Instant expiresAt,
            String decisionReason, boolean live, List<String> actions) {
    }

    /** What a transition carries: the lock version always; the rest depends on the action. */
    record Transition(Long lockVersion, Integer version, String comment, Anchor anchor, Instant effectiveFrom,
            Instant expiresAt) {
    }

    record QueueItem(String draftId, String partnerId, String partnerName, String assetType, int version,
            long lockVersion, String submittedBy, Instant submittedAt, long ageHours, int unsupportedClaims,
            int brandErrors) {
    }

    record QueueFilter(String partnerId, String assetType, Integer minAgeHours, Integer maxAgeHours) {
    }

    ReviewView view(Actor actor, String draftId);

    /** Moves the draft by {@code action}, if the actor's role, the draft's state and the request allow it. */
    ReviewView act(Actor actor, String draftId, ReviewAction action, Transition request);

    /** Approved or published drafts whose expiry has passed become expired; returns how many. */
    int expireDue(Instant now);

    List<Comment> comments(Actor actor, String draftId);

    Comment comment(Actor actor, String draftId, String body, Integer version, Anchor anchor);

    /** Drafts waiting for marketing, oldest first. */
    List<QueueItem> queue(QueueFilter filter, long offset, int limit);

    /** Every partner with a draft, id to name (the id where the directory has no name), by name: the queue's filter. */
    Map<String, String> partnersWithDrafts();

    /** The partner's name in the directory; its id when the directory has none. */
    String partnerName(String partnerId);

    /** An actor's drafts with their review state: a partner's own, or every draft for vendor roles; newest first. */
    List<ReviewView> list(Actor actor, long offset, int limit);
}
