package com.consort.studio.internal;

import com.consort.studio.Actor;
import com.consort.studio.Draft;
import com.consort.studio.DraftVersion;
import com.consort.studio.DraftVersionWritten;
import com.consort.studio.Drafts;
import com.consort.studio.NotAllowedException;
import com.consort.studio.Persons;
import com.consort.studio.ReviewAction;
import com.consort.studio.ReviewEvent;
import com.consort.studio.ReviewState;
import com.consort.studio.Reviews;
import com.consort.studio.StaleDraftException;
import com.consort.studio.StudioAccess;
import com.consort.studio.StudioRole;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review workflow: the rules ({@link ReviewRules}) applied to a draft under its lock version, stored
 * ({@link ReviewStore}) in one transaction that also publishes the {@link ReviewEvent}; the queue
 * ({@link ReviewQueue}); what a new version does to a draft in review.
 */
final class ReviewWorkflow implements Reviews {

    private final Drafts drafts;
    private final StudioAccess access;
    private final Persons persons;
    private final ReviewStore store;
    private final ReviewQueue queue;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ReviewWorkflow(Drafts drafts, StudioAccess access, Persons persons, ReviewStore store, ReviewQueue queue,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.drafts = drafts;
        this.access = access;
        this.persons = persons;
        this.store = store;
        this.queue = queue;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public ReviewView view(Actor actor, String draftId) {
        return view(actor, access.readable(actor, draftId), store.item(draftId));
    }

    @Override
    public ReviewView act(Actor actor, String draftId, ReviewAction action, Transition request) {
        ReviewRules.requireRole(action, actor.role());
        Draft draft = access.readable(actor, draftId);
        if (request == null || request.lockVersion() == null) {
            throw new IllegalArgumentException("lockVersion is required: the draft's lockVersion as you last saw it");
        }
        if (draft.lockVersion() != request.lockVersion()) {
            throw new StaleDraftException(draftId, request.lockVersion(), draft.lockVersion());
        }
        ReviewState from = ReviewState.of(draft.status());
        ReviewState to = ReviewRules.next(from, action, actor.role());
        Instant now = Instant.now();
        ReviewItem before = store.item(draftId);
        String text = request.comment() == null ? null : request.comment().strip();
        DraftVersion current = drafts.version(draftId, draft.currentVersion()).orElseThrow();
        if (action == ReviewAction.APPROVE) {
            refuseOwnWork(actor, draft, before);
        }
        ReviewItem after = ReviewRules.record(action, before, draft, current, request, text, actor.subject(), now);
        Anchor anchor = action == ReviewAction.REQUEST_CHANGES ? Anchors.check(draft, current, request.anchor()) : null;
        Draft moved = transactions.execute(status -> {
            Draft updated = drafts.updateStatus(draftId, request.lockVersion(), to.code());
            store.save(draftId, after, now);
            if (action == ReviewAction.REQUEST_CHANGES || action == ReviewAction.REJECT) {
                store.insertComment(actor, draftId, draft.currentVersion(),
                        action == ReviewAction.REJECT ? "rejection" : "changes_requested", text, anchor, now);
            }
            events.publishEvent(new ReviewEvent.Transitioned(updated, from, to, ReviewEvent.Cause.ACTION, actor.subject(), text));
            return updated;
        });
        return view(actor, moved, store.item(draftId));
    }

    /**
     * Two-person approval: nobody approves what they wrote or submitted. People are compared, not
     * credentials: a user and every API key issued to that user are one person, so a second key or a
     * session does not make a second reviewer. Every version up to the one in review counts, since each
     * went into the text being approved.
     */
    private void refuseOwnWork(Actor actor, Draft draft, ReviewItem item) {
        String approver = persons.of(actor.subject());
        Set<String> contributors = new HashSet<>();
        contributors.add(persons.of(draft.owner()));
        if (item.submittedBy() != null) {
            contributors.add(persons.of(item.submittedBy()));
        }
        drafts.versions(draft.id()).forEach(v -> contributors.add(persons.of(v.createdBy())));
        if (contributors.contains(approver)) {
            throw new NotAllowedException("A draft is approved by someone who did not write, edit or submit any version of it");
        }
    }

    /** After a new version of a draft was written: a draft in review, approved or published goes back to draft. */
    @EventListener
    void on(DraftVersionWritten written) {
        String draftId = written.before().id();
        for (int attempt = 0; attempt < 3; attempt++) {
            Draft draft = drafts.find(draftId).orElse(null);
            if (draft == null) {
                return;
            }
            ReviewState from = ReviewState.of(draft.status());
            ReviewState to = ReviewRules.afterNewVersion(from);
            if (to == from) {
                return;
            }
            try {
                transactions.execute(status -> {
                    Draft updated = drafts.updateStatus(draftId, draft.lockVersion(), to.code());
                    events.publishEvent(new ReviewEvent.Transitioned(updated, from, to, ReviewEvent.Cause.NEW_VERSION, null, null));
                    return updated;
                });
                return;
            } catch (StaleDraftException raced) {
                // someone moved it meanwhile: look again
            }
        }
    }

    @Override
    public int expireDue(Instant now) {
        int expired = 0;
        for (String id : store.dueForExpiry(now)) {
            Draft draft = drafts.find(id).orElse(null);
            if (draft == null) {
                continue;
            }
            ReviewState from = ReviewState.of(draft.status());
            if (from != ReviewState.APPROVED && from != ReviewState.PUBLISHED) {
                continue;
            }
            try {
                transactions.execute(status -> {
                    Draft updated = drafts.updateStatus(id, draft.lockVersion(), ReviewState.EXPIRED.code());
                    events.publishEvent(new ReviewEvent.Transitioned(updated, from, ReviewState.EXPIRED,
                            ReviewEvent.Cause.EXPIRY, Actor.SYSTEM, null));
                    return updated;
                });
                expired++;
            } catch (StaleDraftException raced) {
                // changed meanwhile; the next run looks again
            }
        }
        return expired;
    }

    @Override
    public List<Comment> comments(Actor actor, String draftId) {
        access.readable(actor, draftId);
        if (actor.role() == StudioRole.SELLER) {
            // the review is between marketing and the partner; a seller reads the published asset only
            throw new NotAllowedException("A SELLER reads published assets, not their review comments");
        }
        return store.comments(draftId);
    }

    @Override
    public Comment comment(Actor actor, String draftId, String body, Integer version, Anchor anchor) {
        if (actor.role() != StudioRole.MARKETING && actor.role() != StudioRole.PARTNER && actor.role() != StudioRole.ADMIN) {
            throw new NotAllowedException("A " + actor.role() + " cannot comment on drafts");
        }
        Draft draft = access.readable(actor, draftId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A comment has 1 to " + MAX_TEXT + " characters");
        }
        int v = version == null ? draft.currentVersion() : version;
        DraftVersion dv = drafts.version(draftId, v)
                .orElseThrow(() -> new IllegalArgumentException("Draft " + draftId + " has no version " + v));
        Anchor checked = Anchors.check(draft, dv, anchor);
        Instant now = Instant.now();
        String id = transactions.execute(status -> {
            String commentId = store.insertComment(actor, draftId, v, "comment", text, checked, now);
            events.publishEvent(new ReviewEvent.Commented(draftId, commentId, v));
            return commentId;
        });
        return store.comment(id);
    }

    @Override
    public List<QueueItem> queue(QueueFilter filter, long offset, int limit) {
        return queue.queue(filter, offset, limit);
    }

    @Override
    public Map<String, String> partnersWithDrafts() {
        return queue.partnersWithDrafts();
    }

    @Override
    public String partnerName(String partnerId) {
        return queue.partnerName(partnerId);
    }

    @Override
    public List<ReviewView> list(Actor actor, long offset, int limit) {
        return access.list(actor, null, offset, limit).stream().map(d -> view(actor, d, store.item(d.id()))).toList();
    }

    private static ReviewView view(Actor actor, Draft draft, ReviewItem item) {
        ReviewState state = ReviewState.of(draft.status());
        return new ReviewView(draft.id(), draft.partnerId(), draft.assetType().code(), draft.status(), draft.lockVersion(),
                draft.currentVersion(), item.submittedVersion(), item.submittedBy(), item.submittedAt(),
                item.approvedVersion(), item.approvedBy(), item.approvedAt(), item.publishedAt(), item.effectiveFrom(),
                item.expiresAt(), item.decisionReason(), ReviewRules.live(state, item, Instant.now()),
                ReviewRules.available(state, actor.role()));
    }
}
