package com.consort.studio.internal;

import com.consort.studio.Drafts;
import com.consort.studio.Actor;
import com.consort.studio.Reviews;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of review_item and review_comment, and the queries over drafts that the queue and expiry need. */
final class ReviewStore {

    /** A draft waiting in the queue, as stored. */
    record Waiting(String draftId, String partnerId, String assetType, int version, long lockVersion, String submittedBy,
            Instant submittedAt) {
    }

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReviewItem item(String draftId) {
        return jdbc.sql("SELECT * FROM review_item WHERE draft_id = ?").param(draftId).query(ReviewStore::item).optional()
                .orElse(ReviewItem.NONE);
    }

    void save(String draftId, ReviewItem item, Instant now) {
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

    String insertComment(Actor actor, String draftId, int version, String kind, String body, Reviews.Anchor anchor,
            Instant now) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO review_comment (id, draft_id, version, kind, author, author_name, author_role, body,
                    anchor_section, anchor_start, anchor_end, anchor_quote, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, draftId, version, kind, actor.subject(), actor.name(), actor.role().name(), body,
                        anchor == null ? null : anchor.section(), anchor == null ? null : anchor.start(),
                        anchor == null ? null : anchor.end(), anchor == null ? null : anchor.quote(), Timestamp.from(now))
                .update();
        return id;
    }

    /** Oldest first. */
    List<Reviews.Comment> comments(String draftId) {
        return jdbc.sql("SELECT * FROM review_comment WHERE draft_id = ? ORDER BY created_at, id").param(draftId)
                .query(ReviewStore::comment).list();
    }

    Reviews.Comment comment(String id) {
        return jdbc.sql("SELECT * FROM review_comment WHERE id = ?").param(id).query(ReviewStore::comment).single();
    }

    /** Drafts in review, oldest submission first; {@code assetType} already checked. */
    List<Waiting> waiting(String partnerId, String assetType, Integer minAgeHours, Integer maxAgeHours, Instant now,
            long offset, int limit) {
        var sql = new StringBuilder("""
                SELECT d.id, d.partner_id, d.asset_type, d.current_version, d.lock_version, r.submitted_by, r.submitted_at
                FROM studio_draft d JOIN review_item r ON r.draft_id = d.id WHERE d.status = 'in_review'""");
        List<Object> params = new ArrayList<>();
        if (partnerId != null) {
            sql.append(" AND d.partner_id = ?");
            params.add(partnerId);
        }
        if (assetType != null) {
            sql.append(" AND d.asset_type = ?");
            params.add(assetType);
        }
        if (minAgeHours != null) {
            sql.append(" AND r.submitted_at <= ?");
            params.add(Timestamp.from(now.minus(Duration.ofHours(minAgeHours))));
        }
        if (maxAgeHours != null) {
            sql.append(" AND r.submitted_at >= ?");
            params.add(Timestamp.from(now.minus(Duration.ofHours(maxAgeHours))));
        }
        sql.append(" ORDER BY r.submitted_at, d.id LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> new Waiting(rs.getString("id"),
                rs.getString("partner_id"), rs.getString("asset_type"), rs.getInt("current_version"),
                rs.getLong("lock_version"), rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    List<String> partnersWithDrafts() {
        return jdbc.sql("SELECT DISTINCT partner_id FROM studio_draft WHERE partner_id IS NOT NULL")
                .query(String.class).list();
    }

    /** Approved or published drafts whose expiry is at or before {@code now}. */
    List<String> dueForExpiry(Instant now) {
        return jdbc.sql("""
                SELECT d.id FROM studio_draft d JOIN review_item r ON r.draft_id = d.id
                WHERE d.status IN ('approved', 'published') AND r.expires_at <= ?""")
                .param(Timestamp.from(now)).query(String.class).list();
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

    private static ReviewItem item(ResultSet rs, int row) throws SQLException {
        return new ReviewItem(integer(rs, "submitted_version"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                integer(rs, "approved_version"), rs.getString("approved_by"), instant(rs, "approved_at"),
                instant(rs, "published_at"), instant(rs, "effective_from"), instant(rs, "expires_at"),
                rs.getString("decision_reason"));
    }

    private static Reviews.Comment comment(ResultSet rs, int row) throws SQLException {
        String section = rs.getString("anchor_section");
        Reviews.Anchor anchor = section == null ? null
                : new Reviews.Anchor(section, rs.getInt("anchor_start"), rs.getInt("anchor_end"), rs.getString("anchor_quote"));
        return new Reviews.Comment(rs.getString("id"), rs.getString("draft_id"), rs.getInt("version"), rs.getString("kind"),
                rs.getString("author"), rs.getString("author_name"), rs.getString("author_role"), rs.getString("body"),
                anchor, rs.getTimestamp("created_at").toInstant());
    }
}
