package com.consort.knowledge;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opportunities in portable SQL (H2 and PostgreSQL alike). */
public class OpportunityRepository {

    /**
     * Which opportunities to read; null or empty means any. {@code partnerId} confines to one partner (a
     * PARTNER caller's own); {@code account} matches an account name with or without its legal suffix.
     */
    public record Filter(String partnerId, String account, Collection<String> industries, Collection<String> countries,
            LocalDate since, LocalDate until) {

        public static final Filter ALL = new Filter(null, null, null, null, null, null);

        public Filter confinedTo(String partner) {
            return new Filter(partner, account, industries, countries, since, until);
        }
    }

    private final JdbcTemplate jdbc;

    public OpportunityRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces the partner's part in an opportunity; true when it was new. */
    public boolean save(Opportunity o) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.update("""
                UPDATE opportunity SET account_name = ?, account_key = ?, industry = ?, country = ?, amount = ?, currency = ?,
                  close_date = ?, stage = ?, outcome = ?, partner_role = ?, imported_at = ?
                WHERE opportunity_id = ? AND partner_id = ?""", o.accountName(), accountKey(o.accountName()), o.industry(),
                o.country(), o.amount(), o.currency(), Date.valueOf(o.closeDate()), o.stage(), o.outcome().name(),
                o.role().name(), now, o.id(), o.partnerId());
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO opportunity (opportunity_id, partner_id, account_name, account_key, industry, country, amount,
                      currency, close_date, stage, outcome, partner_role, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", o.id(), o.partnerId(), o.accountName(),
                    accountKey(o.accountName()), o.industry(), o.country(), o.amount(), o.currency(),
                    Date.valueOf(o.closeDate()), o.stage(), o.outcome().name(), o.role().name(), now);
        }
        return updated == 0;
    }

    /** Newest close date first, at most {@code limit} from {@code offset}. */
    public List<Opportunity> find(Filter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.query("SELECT * FROM opportunity" + where
                + " ORDER BY close_date DESC, opportunity_id, partner_id LIMIT ? OFFSET ?", OpportunityRepository::row, params.toArray());
    }

    public int count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM opportunity" + where, Integer.class, params.toArray());
        return n == null ? 0 : n;
    }

    /** Deals and their amounts by partner, role, outcome and currency: what the KPIs add up. */
    public record Tally(String partnerId, PartnerRole role, Outcome outcome, String currency, int deals, java.math.BigDecimal amount) {
    }

    public List<Tally> tally(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.query("SELECT partner_id, partner_role, outcome, currency, COUNT(*) AS deals, SUM(amount) AS amount FROM opportunity"
                + where + " GROUP BY partner_id, partner_role, outcome, currency", (rs, n) -> new Tally(rs.getString("partner_id"),
                PartnerRole.valueOf(rs.getString("partner_role")), Outcome.valueOf(rs.getString("outcome")), rs.getString("currency"),
                rs.getInt("deals"), rs.getBigDecimal("amount")), params.toArray());
    }

    /** Every opportunity, for the in-memory track record. */
    public List<Opportunity> all() {
        return jdbc.query("SELECT * FROM opportunity", OpportunityRepository::row);
    }

    /** Changes whenever opportunities are added, updated or deleted: the track record re-reads them then. */
    public String version() {
        return jdbc.queryForObject("SELECT COUNT(*) || '@' || COALESCE(CAST(MAX(imported_at) AS VARCHAR(64)), '') FROM opportunity",
                String.class);
    }

    private static String where(Filter f, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.partnerId() != null) {
            clauses.add("partner_id = ?");
            params.add(f.partnerId());
        }
        if (f.account() != null && !accountKey(f.account()).isEmpty()) {
            String key = accountKey(f.account());
            clauses.add("(account_key = ? OR account_key LIKE ?)");
            params.add(key);
            params.add(key.replace("%", "").replace("_", "") + " %");
        }
        in("industry", f.industries(), clauses, params);
        in("country", f.countries(), clauses, params);
        if (f.since() != null) {
            clauses.add("close_date >= ?");
            params.add(Date.valueOf(f.since()));
        }
        if (f.until() != null) {
            clauses.add("close_date <= ?");
            params.add(Date.valueOf(f.until()));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static void in(String column, Collection<String> values, List<String> clauses, List<Object> params) {
        if (values == null || values.isEmpty()) {
            return;
        }
        clauses.add(column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
        params.addAll(values);
    }

    /** An account name folded for lookups: lower case, no accents or punctuation, single spaces. */
    public static String accountKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Opportunity row(ResultSet rs, int n) throws SQLException {
        return new Opportunity(rs.getString("opportunity_id"), rs.getString("partner_id"), rs.getString("account_name"),
                rs.getString("industry"), rs.getString("country"), rs.getBigDecimal("amount"), rs.getString("currency"),
                rs.getDate("close_date").toLocalDate(), rs.getString("stage"), Outcome.valueOf(rs.getString("outcome")),
                PartnerRole.valueOf(rs.getString("partner_role")));
    }
}
