package com.consort.server.audit;

import com.consort.server.security.ConsortPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of who did what, when and from where: key and user administration, logins,
 * and every review state change. Written in the caller's transaction, so an action that rolls back
 * leaves no audit row claiming it happened.
 */
@Service
public class AuditLog {

    public record Event(long id, Instant occurredAt, String actor, String actorName, String action, String target,
            String detail, String remoteAddress) {
    }

    public record Page(List<Event> items, int page, int size, long total) {
    }

    public record Filter(String actor, String action, Instant from, Instant to) {
    }

    public static final String SYSTEM_ACTOR = "system";
    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action by whoever is authenticated on this thread (or "system"), from this request's address. */
    public void record(String action, String target, String detail) {
        record(SecurityContextHolder.getContext().getAuthentication(), action, target, detail);
    }

    public void record(Authentication authentication, String action, String target, String detail) {
        if (authentication != null && authentication.getPrincipal() instanceof ConsortPrincipal principal) {
            record(principal.subject(), principal.displayName(), action, target, detail);
        } else {
            record(SYSTEM_ACTOR, null, action, target, detail);
        }
    }

    public void record(String actor, String actorName, String action, String target, String detail) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, actor_name, action, target, detail, remote_addr)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(Instant.now()), cut(actor, 120), cut(actorName, 200), cut(action, 60),
                        cut(target, 200), cut(detail, 2000), remoteAddress())
                .update();
    }

    /** Newest first. {@code action} matches exactly or as a prefix: "review" matches "review.approved". */
    public Page search(Filter filter, int page, int size) {
        var where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null) {
            where.append(" AND actor = ?");
            params.add(filter.actor());
        }
        if (filter.action() != null) {
            where.append(" AND (action = ? OR action LIKE ?)");
            params.add(filter.action());
            params.add(filter.action() + ".%");
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Event> items = jdbc.sql("SELECT * FROM audit_event" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(AuditLog::map).list();
        return new Page(items, page, size, total);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return cut(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static Event map(ResultSet rs, int row) throws SQLException {
        return new Event(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("actor_name"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
                rs.getString("remote_addr"));
    }
}
