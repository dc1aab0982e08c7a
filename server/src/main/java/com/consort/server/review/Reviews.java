package com.consort.server.review;

import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.server.api.Paging;
import com.consort.server.audit.AuditLog;
import com.consort.server.notify.Webhooks;
import com.consort.server.security.Caller;
import com.consort.server.security.People;
import com.consort.server.studio.DraftAccess;
import com.consort.server.security.Role;
import com.consort.studio.AssetType;
import com.consort.studio.Checks;
import com.consort.studio.Draft;
import com.consort.studio.DraftVersion;
import com.consort.studio.Drafts;
import com.consort.studio.StaleDraftException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The review workflow of studio drafts: who may move a draft from which state to which, comments, the
 * marketing queue and expiry. Every change runs in one transaction with its audit row and is guarded by
 * the draft's lock version (a stale request is a 409, never a lost change); webhooks go out after commit.
 * A PARTNER caller sees only its own partner's drafts: anything else is "not found".
 */
@Service
public class Reviews {

    public record Anchor(String section, int start, int end, String quote) {
    }

    public record Comment(String id, String draftId, int version, String kind, String author, String authorName,
            String authorRole, String body, Anchor anchor, Instant createdAt) {
    }

    /** A draft's place in the workflow; {@code actions} are what this caller may do now. */
    public record ReviewView(String draftId, String partnerId, String assetType, String status, long lockVersion,
            int currentVersion, Integer submittedVersion, String submittedBy, Instant submittedAt, Integer approvedVersion,
            String approvedBy, Instant approvedAt, Instant publishedAt, Instant effectiveFrom, Instant expiresAt,
            String decisionReason, boolean live, List<String> actions) {
    }

    /** What a transition carries: the lock version always; the rest depends on the action. */
    public record Transition(Long lockVersion, Integer version, String comment, Anchor anchor, Instant effectiveFrom,
            Instant expiresAt) {
    }

    public record QueueItem(String draftId, String partnerId, String partnerName, String assetType, int version,
            long lockVersion, String submittedBy, Instant submittedAt, long ageHours, int unsupportedClaims,
            int brandErrors) {
    }

    public record QueueFilter(String partnerId, String assetType, Integer minAgeHours, Integer maxAgeHours) {
    }

    private record Item(Integer submittedVersion, String submittedBy, Instant submittedAt, Integer approvedVersion,
            String approvedBy, Instant approvedAt, Instant publishedAt, Instant effectiveFrom, Instant expiresAt,
            String decisionReason) {
        static final Item NONE = new Item(null, null, null, null, null, null, null, null, null, null);
    }

    static final int MAX_TEXT = 4000;
    private final Drafts drafts;
    private final DraftAccess access;
    private final People people;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Webhooks webhooks;
    private final PartnerDirectory directory;

    Reviews(Drafts drafts, DraftAccess access, People people, JdbcClient jdbc, PlatformTransactionManager transactions,
            AuditLog audit, Webhooks webhooks, PartnerDirectory directory) {
        this.drafts = drafts;
        this.access = access;
        this.people = people;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.audit = audit;
        this.webhooks = webhooks;
        this.directory = directory;
    }

    /** The draft if this caller may see it (DraftAccess decides); "not found" otherwise. */
    public Draft visible(Caller caller, String draftId) {
        return access.readable(caller, draftId);
    }

    public ReviewView view(Caller caller, String draftId) {
        Draft draft = visible(caller, draftId);
        return view(caller, draft, item(draftId));
    }

    public ReviewView act(Caller caller, String draftId, ReviewAction action, Transition request) {
        // what the role may never do is 403 whichever draft it names
        if (!action.allowedFor(caller.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "A " + caller.role() + " cannot " + action.slug()
                    + " a draft");
        }
        Draft draft = visible(caller, draftId);
        if (request == null || request.lockVersion() == null) {
            throw new IllegalArgumentException("lockVersion is required: the draft's lockVersion as you last saw it");
        }
        if (draft.lockVersion() != request.lockVersion()) {
            throw stale(new StaleDraftException(draftId, request.lockVersion(), draft.lockVersion()));
        }
        ReviewState from = ReviewState.of(draft.status());
        if (!action.allowedFrom(from)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Cannot " + action.slug() + " a draft that is " + from.code());
        }
        Instant now = Instant.now();
        Item before = item(draftId);
        String text = request.comment() == null ? null : request.comment().strip();
        DraftVersion current = drafts.version(draftId, draft.currentVersion()).orElseThrow();
        Item after = switch (action) {
            case SUBMIT -> {
                if (!current.submittable()) {
                    throw unsupported(current.checks());
                }
                yield new Item(draft.currentVersion(), caller.subject(), now, before.approvedVersion(), before.approvedBy(),
                        before.approvedAt(), before.publishedAt(), before.effectiveFrom(), before.expiresAt(), null);
            }
            case APPROVE -> {
                refuseOwnWork(caller, draft, before);
                if (request.version() == null) {
                    throw new IllegalArgumentException("version is required: approval is of one version of the draft");
                }
                if (!request.version().equals(before.submittedVersion()) || request.version() != draft.currentVersion()) {
                    throw new ResponseStatusException(HttpStatus.CONFLICT, "Version " + request.version()
                            + " is not the version in review (" + before.submittedVersion() + ")");
                }
                if (!current.submittable()) {
                    throw unsupported(current.checks());
                }
                Instant effective = request.effectiveFrom() == null ? now : request.effectiveFrom();
                if (request.expiresAt() != null && !request.expiresAt().isAfter(effective)) {
                    throw new IllegalArgumentException("expiresAt must be after effectiveFrom");
                }
                yield new Item(before.submittedVersion(), before.submittedBy(), before.submittedAt(), request.version(),
                        caller.subject(), now, null, effective, request.expiresAt(), null);
            }
            case REQUEST_CHANGES, REJECT -> {
                if (text == null || text.isEmpty() || text.length() > MAX_TEXT) {
                    throw new IllegalArgumentException(action == ReviewAction.REJECT
                            ? "A rejection needs a reason (comment), at most " + MAX_TEXT + " characters"
                            : "Requesting changes needs a comment saying what to change, at most " + MAX_TEXT + " characters");
                }
                yield new Item(before.submittedVersion(), before.submittedBy(), before.submittedAt(), before.approvedVersion(),
                        before.approvedBy(), before.approvedAt(), before.publishedAt(), before.effectiveFrom(),
                        before.expiresAt(), text);
            }
            case PUBLISH -> {
                if (before.effectiveFrom() != null && before.effectiveFrom().isAfter(now)) {
                    throw new ResponseStatusException(HttpStatus.CONFLICT, "The approval is effective from "
                            + before.effectiveFrom() + "; publish then");
                }
                if (before.approvedVersion() == null || before.approvedVersion() != draft.currentVersion()) {
                    throw new ResponseStatusException(HttpStatus.CONFLICT, "Only the approved version can be published");
                }
                yield new Item(before.submittedVersion(), before.submittedBy(), before.submittedAt(), before.approvedVersion(),
                        before.approvedBy(), before.approvedAt(), now, before.effectiveFrom(), before.expiresAt(),
                        before.decisionReason());
            }
            case ARCHIVE -> before;
        };
        Anchor anchor = action == ReviewAction.REQUEST_CHANGES ? anchor(draft, current, request.anchor()) : null;
        Draft moved = transactions.execute(status -> {
            Draft updated;
            try {
                updated = drafts.updateStatus(draftId, request.lockVersion(), action.target().code());
            } catch (StaleDraftException e) {
                throw stale(e);
            }
            save(draftId, after, now);
            if (action == ReviewAction.REQUEST_CHANGES || action == ReviewAction.REJECT) {
                insertComment(caller, draftId, draft.currentVersion(),
                        action == ReviewAction.REJECT ? "rejection" : "changes_requested", text, anchor, now);
            }
            audit.record("review." + action.target().code(), "draft:" + draftId, "from=" + from.code() + " to="
                    + action.target().code() + " version=" + draft.currentVersion()
                    + (text == null ? "" : " comment=" + text));
            return updated;
        });
        notify(moved, from, action.target(), caller.subject());
        return view(caller, moved, item(draftId));
    }

    /**
     * Two-person approval: nobody approves what they wrote or submitted. People are compared, not
     * credentials: a user and every API key issued to that user are one person, so a second key or a
     * session does not make a second reviewer. Every version up to the one in review counts, since each
     * went into the text being approved.
     */
    private void refuseOwnWork(Caller caller, Draft draft, Item item) {
        String approver = people.of(caller.subject());
        java.util.Set<String> contributors = new java.util.HashSet<>();
        contributors.add(people.of(draft.owner()));
        if (item.submittedBy() != null) {
            contributors.add(people.of(item.submittedBy()));
        }
        drafts.versions(draft.id()).forEach(v -> contributors.add(people.of(v.createdBy())));
        if (contributors.contains(approver)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "A draft is approved by someone who did not write, edit or submit any version of it");
        }
    }

    /**
     * After a new version of a draft was written (edit or regenerate): a draft that was in review,
     * approved or published goes back to draft, so the new version needs its own approval.
     */
    void reopenAfterEdit(String draftId, ReviewState previous) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Draft draft = drafts.find(draftId).orElse(null);
            if (draft == null || ReviewState.of(draft.status()) == ReviewState.DRAFT) {
                return;
            }
            ReviewState from = ReviewState.of(draft.status());
            try {
                Draft moved = transactions.execute(status -> {
                    Draft updated = drafts.updateStatus(draftId, draft.lockVersion(), ReviewState.DRAFT.code());
                    audit.record("review.reopened", "draft:" + draftId, "from=" + from.code()
                            + " to=draft version=" + draft.currentVersion() + " (a new version was written)");
                    return updated;
                });
                notify(moved, from, ReviewState.DRAFT, null);
                return;
            } catch (StaleDraftException raced) {
                // someone moved it meanwhile: look again
            }
        }
    }

    /** Approved or published drafts whose expiry has passed become expired; returns how many. */
    public int expireDue(Instant now) {
        var due = jdbc.sql("""
                SELECT d.id FROM studio_draft d JOIN review_item r ON r.draft_id = d.id
                WHERE d.status IN ('approved', 'published') AND r.expires_at <= ?""")
                .param(Timestamp.from(now)).query(String.class).list();
        int expired = 0;
        for (String id : due) {
            Draft draft = drafts.find(id).orElse(null);
            if (draft == null) {
                continue;
            }
            ReviewState from = ReviewState.of(draft.status());
            if (from != ReviewState.APPROVED && from != ReviewState.PUBLISHED) {
                continue;
            }
            try {
                Draft moved = transactions.execute(status -> {
                    Draft updated = drafts.updateStatus(id, draft.lockVersion(), ReviewState.EXPIRED.code());
                    audit.record(AuditLog.SYSTEM_ACTOR, null, "review.expired", "draft:" + id,
                            "from=" + from.code() + " to=expired version=" + draft.currentVersion());
                    return updated;
                });
                notify(moved, from, ReviewState.EXPIRED, AuditLog.SYSTEM_ACTOR);
                expired++;
            } catch (StaleDraftException raced) {
                // changed meanwhile; the next run looks again
            }
        }
        return expired;
    }

    public List<Comment> comments(Caller caller, String draftId) {
        visible(caller, draftId);
        if (caller.role() == Role.SELLER) {
            // the review is between marketing and the partner; a seller reads the published asset only
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "A SELLER reads published assets, not their review comments");
        }
        return jdbc.sql("SELECT * FROM review_comment WHERE draft_id = ? ORDER BY created_at, id").param(draftId)
                .query(Reviews::comment).list();
    }

    public Comment comment(Caller caller, String draftId, String body, Integer version, Anchor anchor) {
        if (caller.role() != Role.MARKETING && caller.role() != Role.PARTNER && caller.role() != Role.ADMIN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "A " + caller.role() + " cannot comment on drafts");
        }
        Draft draft = visible(caller, draftId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A comment has 1 to " + MAX_TEXT + " characters");
        }
        int v = version == null ? draft.currentVersion() : version;
        DraftVersion dv = drafts.version(draftId, v)
                .orElseThrow(() -> new IllegalArgumentException("Draft " + draftId + " has no version " + v));
        Anchor checked = anchor(draft, dv, anchor);
        Instant now = Instant.now();
        String id = transactions.execute(status -> {
            String commentId = insertComment(caller, draftId, v, "comment", text, checked, now);
            audit.record("review.commented", "draft:" + draftId, "comment=" + commentId + " version=" + v);
            return commentId;
        });
        return jdbc.sql("SELECT * FROM review_comment WHERE id = ?").param(id).query(Reviews::comment).single();
    }

    /** Drafts waiting for marketing, oldest first. */
    public List<QueueItem> queue(QueueFilter filter, Paging paging) {
        var sql = new StringBuilder("""
                SELECT d.id, d.partner_id, d.asset_type, d.current_version, d.lock_version, r.submitted_by, r.submitted_at
                FROM studio_draft d JOIN review_item r ON r.draft_id = d.id WHERE d.status = 'in_review'""");
        List<Object> params = new ArrayList<>();
        Instant now = Instant.now();
        if (filter.partnerId() != null) {
            sql.append(" AND d.partner_id = ?");
            params.add(filter.partnerId());
        }
        if (filter.assetType() != null) {
            sql.append(" AND d.asset_type = ?");
            params.add(AssetType.require(filter.assetType()).code());
        }
        if (filter.minAgeHours() != null) {
            sql.append(" AND r.submitted_at <= ?");
            params.add(Timestamp.from(now.minus(Duration.ofHours(filter.minAgeHours()))));
        }
        if (filter.maxAgeHours() != null) {
            sql.append(" AND r.submitted_at >= ?");
            params.add(Timestamp.from(now.minus(Duration.ofHours(filter.maxAgeHours()))));
        }
        sql.append(" ORDER BY r.submitted_at, d.id LIMIT ? OFFSET ?");
        params.add(paging.limit());
        params.add(paging.offset());
        Map<String, String> names = new HashMap<>();
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
            String id = rs.getString("id");
            int version = rs.getInt("current_version");
            Instant submitted = rs.getTimestamp("submitted_at").toInstant();
            String partnerId = rs.getString("partner_id");
            return new Object[] {id, partnerId, rs.getString("asset_type"), version, rs.getLong("lock_version"),
                    rs.getString("submitted_by"), submitted};
        }).list().stream().map(r -> {
            String id = (String) r[0];
            String partnerId = (String) r[1];
            Checks checks = drafts.version(id, (Integer) r[3]).map(DraftVersion::checks).orElse(null);
            String name = partnerId == null ? null : names.computeIfAbsent(partnerId, this::partnerName);
            Instant submitted = (Instant) r[6];
            return new QueueItem(id, partnerId, name, (String) r[2], (Integer) r[3], (Long) r[4], (String) r[5], submitted,
                    Duration.between(submitted, now).toHours(), checks == null ? 0 : checks.unsupported().size(),
                    checks == null ? 0 : (int) checks.findings().stream().filter(f -> f.severity().equals("error")).count());
        }).toList();
    }

    /** Every partner with a draft, id to name (the id where the directory has no name), by name: the queue's filter. */
    public Map<String, String> partnersWithDrafts() {
        List<String> ids = jdbc.sql("SELECT DISTINCT partner_id FROM studio_draft WHERE partner_id IS NOT NULL")
                .query(String.class).list();
        Map<String, String> names = new HashMap<>();
        ids.forEach(id -> names.put(id, partnerName(id)));
        Map<String, String> byName = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> byName.put(e.getKey(), e.getValue()));
        return byName;
    }

    public String partnerName(String partnerId) {
        return partnerId == null ? null : directory.find(partnerId).map(Partner::name).orElse(partnerId);
    }

    /** A caller's drafts with their review state: a partner's own, or every draft for vendor roles; newest first. */
    public List<ReviewView> list(Caller caller, Paging paging) {
        return access.list(caller, null, paging.offset(), paging.limit()).stream()
                .map(d -> view(caller, d, item(d.id()))).toList();
    }

    private ReviewView view(Caller caller, Draft draft, Item item) {
        ReviewState state = ReviewState.of(draft.status());
        Instant now = Instant.now();
        boolean live = (state == ReviewState.APPROVED || state == ReviewState.PUBLISHED)
                && (item.effectiveFrom() == null || !item.effectiveFrom().isAfter(now))
                && (item.expiresAt() == null || item.expiresAt().isAfter(now));
        List<String> actions = Arrays.stream(ReviewAction.values())
                .filter(a -> a.allowedFor(caller.role()) && a.allowedFrom(state)).map(ReviewAction::slug).toList();
        return new ReviewView(draft.id(), draft.partnerId(), draft.assetType().code(), draft.status(), draft.lockVersion(),
                draft.currentVersion(), item.submittedVersion(), item.submittedBy(), item.submittedAt(),
                item.approvedVersion(), item.approvedBy(), item.approvedAt(), item.publishedAt(), item.effectiveFrom(),
                item.expiresAt(), item.decisionReason(), live, actions);
    }

    private Anchor anchor(Draft draft, DraftVersion version, Anchor anchor) {
        if (anchor == null || anchor.section() == null) {
            return null;
        }
        if (!draft.assetType().sections().contains(anchor.section())) {
            throw new IllegalArgumentException("A " + draft.assetType().code() + " has no section '" + anchor.section() + "'");
        }
        String text = version.sections().getOrDefault(anchor.section(), "");
        if (anchor.start() < 0 || anchor.end() <= anchor.start() || anchor.end() > text.length()) {
            throw new IllegalArgumentException("The anchor must be a passage of section '" + anchor.section()
                    + "': 0 <= start < end <= " + text.length());
        }
        String quote = text.substring(anchor.start(), anchor.end());
        return new Anchor(anchor.section(), anchor.start(), anchor.end(), quote.length() > 1000 ? quote.substring(0, 1000) : quote);
    }

    private String insertComment(Caller caller, String draftId, int version, String kind, String body, Anchor anchor,
            Instant now) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO review_comment (id, draft_id, version, kind, author, author_name, author_role, body,
                    anchor_section, anchor_start, anchor_end, anchor_quote, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, draftId, version, kind, caller.subject(), displayName(), caller.role().name(), body,
                        anchor == null ? null : anchor.section(), anchor == null ? null : anchor.start(),
                        anchor == null ? null : anchor.end(), anchor == null ? null : anchor.quote(), Timestamp.from(now))
                .update();
        return id;
    }

    private static String displayName() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof com.consort.server.security.ConsortPrincipal p
                ? p.displayName() : null;
    }

    private Item item(String draftId) {
        return jdbc.sql("SELECT * FROM review_item WHERE draft_id = ?").param(draftId).query(Reviews::item).optional()
                .orElse(Item.NONE);
    }

    private void save(String draftId, Item item, Instant now) {
        int updated = jdbc.sql("""
                UPDATE review_item SET submitted_version = ?, submitted_by = ?, submitted_at = ?, approved_version = ?,
                    approved_by = ?, approved_at = ?, published_at = ?, effective_from = ?, expires_at = ?,
                    decision_reason = ?, updated_at = ? WHERE draft_id = ?""")
                .params(item.submittedVersion(), item.submittedBy(), ts(item.submittedAt()), item.approvedVersion(),
                        item.approvedBy(), ts(item.approvedAt()), ts(item.publishedAt()), ts(item.effectiveFrom()),
                        ts(item.expiresAt()), item.decisionReason(), Timestamp.from(now), draftId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO review_item (draft_id, submitted_version, submitted_by, submitted_at, approved_version,
                        approved_by, approved_at, published_at, effective_from, expires_at, decision_reason, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(draftId, item.submittedVersion(), item.submittedBy(), ts(item.submittedAt()),
                            item.approvedVersion(), item.approvedBy(), ts(item.approvedAt()), ts(item.publishedAt()),
                            ts(item.effectiveFrom()), ts(item.expiresAt()), item.decisionReason(), Timestamp.from(now))
                    .update();
        }
    }

    private void notify(Draft draft, ReviewState from, ReviewState to, String actor) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("draftId", draft.id());
        data.put("partnerId", draft.partnerId());
        data.put("assetType", draft.assetType().code());
        data.put("from", from.code());
        data.put("to", to.code());
        data.put("version", draft.currentVersion());
        data.put("actor", actor);
        webhooks.publish("review." + to.code(), data);
    }

    private static ResponseStatusException stale(StaleDraftException e) {
        return new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    }

    private static ErrorResponseException unsupported(Checks checks) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "This version cannot be submitted: " + checks.unsupported().size()
                        + " claim(s) are not supported by the story and/or a brand rule is broken; edit it first");
        problem.setProperty("unsupportedClaims", checks.unsupported().stream().map(Checks.Claim::text).toList());
        problem.setProperty("brandErrors", checks.findings().stream().filter(f -> f.severity().equals("error"))
                .map(Checks.Finding::message).toList());
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        return new Item(integer(rs, "submitted_version"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                integer(rs, "approved_version"), rs.getString("approved_by"), instant(rs, "approved_at"),
                instant(rs, "published_at"), instant(rs, "effective_from"), instant(rs, "expires_at"),
                rs.getString("decision_reason"));
    }

    private static Comment comment(ResultSet rs, int row) throws SQLException {
        String section = rs.getString("anchor_section");
        Anchor anchor = section == null ? null
                : new Anchor(section, rs.getInt("anchor_start"), rs.getInt("anchor_end"), rs.getString("anchor_quote"));
        return new Comment(rs.getString("id"), rs.getString("draft_id"), rs.getInt("version"), rs.getString("kind"),
                rs.getString("author"), rs.getString("author_name"), rs.getString("author_role"), rs.getString("body"),
                anchor, rs.getTimestamp("created_at").toInstant());
    }

    Optional<Draft> find(String draftId) {
        return drafts.find(draftId);
    }
}
