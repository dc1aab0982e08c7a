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
            LocalDate since, LocalDate until, DealSize size) {

        public static final Filter ALL = new Filter(null, null, null, null, null, null);

        public Filter(String partnerId, String account, Collection<String> industries, Collection<String> countries,
                LocalDate since, LocalDate until) {
            this(partnerId, account, industries, countries, since, until, null);
        }

        public Filter confinedTo(String partner) {
            return new Filter(partner, account, industries, countries, since, until, size);
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
                  close_date = ?, stage = ?, outcome = ?, partner_role = ?, imported_at = ?, created_date = ?,
                  days_to_close = ?
                WHERE opportunity_id = ? AND partner_id = ?""", o.accountName(), accountKey(o.accountName()), o.industry(),
                o.country(), o.amount(), o.currency(), Date.valueOf(o.closeDate()), o.stage(), o.outcome().name(),
                o.role().name(), now, date(o.createdDate()), daysToClose(o), o.id(), o.partnerId());
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO opportunity (opportunity_id, partner_id, account_name, account_key, industry, country, amount,
                      currency, close_date, stage, outcome, partner_role, imported_at, created_date, days_to_close)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", o.id(), o.partnerId(), o.accountName(),
                    accountKey(o.accountName()), o.industry(), o.country(), o.amount(), o.currency(),
                    Date.valueOf(o.closeDate()), o.stage(), o.outcome().name(), o.role().name(), now, date(o.createdDate()),
                    daysToClose(o));
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

    /**
     * The median days from created to close of the won deals with a created date, by partner: the time to close,
     * computed in SQL over the stored {@code days_to_close}.
     */
    public java.util.Map<String, Double> medianDaysToClose(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        java.util.Map<String, Double> medians = new java.util.TreeMap<>();
        jdbc.query("SELECT partner_id, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY days_to_close) FROM opportunity" + where
                + (where.isEmpty() ? " WHERE" : " AND") + " outcome = 'WON' AND days_to_close IS NOT NULL GROUP BY partner_id",
                rs -> {
                    medians.put(rs.getString(1), rs.getDouble(2));
                }, params.toArray());
        return medians;
    }

    /** A partner's deals in a segment by outcome, role and currency: what a track-record reason adds up. */
    public record SegmentCount(String partnerId, Outcome outcome, PartnerRole role, String currency, int deals,
            java.math.BigDecimal amount) {
    }

    /** Partner ids per statement: an IN list of at most this many parameters. */
    static final int PARTNER_CHUNK = 1_000;

    /**
     * Deals of {@code partnerIds} in a segment, by partner, outcome, role and currency: won and lost deals that closed
     * on or after {@code since}, open deals whatever their expected close date; one grouped query per 1,000 partners.
     */
    public List<SegmentCount> segmentCounts(Collection<String> partnerIds, Filter segment) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        boolean named = segment.industries() != null && !segment.industries().isEmpty()
                || segment.countries() != null && !segment.countries().isEmpty();
        List<SegmentCount> counts = new ArrayList<>();
        // A segment the question names is read through its index, for every partner, and the candidates kept here: with
        // hundreds of candidates in the IN list H2 read their deals through the partner index instead (65 to 130 ms a
        // question on a busy machine at 100,000 opportunities). Without one, the candidates' own deals are the fewer rows.
        for (List<String> chunk : named ? List.<List<String>>of(List.of()) : chunks(partnerIds)) {
            List<Object> params = new ArrayList<>();
            String where = segmentWhere(chunk, segment, params);
            counts.addAll(jdbc.query("SELECT partner_id, outcome, partner_role, currency, COUNT(*) AS deals, SUM(amount) AS amount"
                    + " FROM opportunity" + where + " GROUP BY partner_id, outcome, partner_role, currency",
                    (rs, n) -> new SegmentCount(rs.getString("partner_id"), Outcome.valueOf(rs.getString("outcome")),
                            PartnerRole.valueOf(rs.getString("partner_role")), rs.getString("currency"), rs.getInt("deals"),
                            rs.getBigDecimal("amount")), params.toArray()));
        }
        if (named) {
            java.util.Set<String> wanted = new java.util.HashSet<>(partnerIds);
            counts.removeIf(c -> !wanted.contains(c.partnerId()));
        }
        return counts;
    }

    /** Each partner's newest {@code perPartner} won deals in a segment, then its newest open ones: the deals a reason cites. */
    public java.util.Map<String, List<Opportunity>> newestInSegment(Collection<String> partnerIds, Filter segment, int perPartner) {
        java.util.Map<String, List<Opportunity>> newest = new java.util.HashMap<>();
        for (List<String> chunk : chunks(partnerIds)) {
            List<Object> params = new ArrayList<>();
            String where = segmentWhere(chunk, segment, params) + " AND outcome IN ('WON', 'OPEN')";
            params.add(perPartner);
            jdbc.query("SELECT * FROM (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY partner_id ORDER BY"
                    + " CASE WHEN outcome = 'WON' THEN 0 ELSE 1 END, close_date DESC, opportunity_id) AS n FROM opportunity o" + where
                    + ") ranked WHERE n <= ? ORDER BY partner_id, n", rs -> {
                        Opportunity o = row(rs, 0);
                        newest.computeIfAbsent(o.partnerId(), k -> new ArrayList<>()).add(o);
                    }, params.toArray());
        }
        return newest;
    }

    /** How many deals each partner has (a partner without any is absent): whether a partner is new. */
    public java.util.Map<String, Integer> dealCounts() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc.query("SELECT partner_id, COUNT(*) FROM opportunity GROUP BY partner_id", rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        });
        return counts;
    }

    /**
     * Changes whenever opportunities are added, updated or deleted: the track record re-reads its counts then. Both
     * aggregates are answered from the table's row count and the {@code imported_at} index, without reading the rows
     * (as one concatenated expression H2 read all 100,000 of them: 1.4 s on a busy machine, every 5 s).
     */
    public String version() {
        return jdbc.queryForObject("SELECT COUNT(*), MAX(imported_at) FROM opportunity", (rs, n) -> rs.getLong(1) + "@" + rs.getTimestamp(2));
    }

    private static String segmentWhere(List<String> partnerIds, Filter segment, List<Object> params) {
        Where where = new Where(params).in("partner_id", partnerIds) // none: every partner's
                .in("industry", segment.industries()).in("country", segment.countries());
        if (segment.since() != null) { // an open deal's close date is expected, possibly in the future: it counts while open
            where.add("(outcome = 'OPEN' OR close_date >= ?)", Date.valueOf(segment.since()));
        }
        return where.size(segment.size()).sql();
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PARTNER_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + PARTNER_CHUNK)));
        }
        return chunks;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** What a segment figure adds up: deals and their amounts by segment, outcome and currency. */
    public record SegmentTally(String segment, Outcome outcome, String currency, int deals, java.math.BigDecimal amount) {
    }

    /** The dimensions a dashboard cuts deals by; each a fixed SQL expression. */
    public enum Dimension {
        INDUSTRY("industry"), COUNTRY("country"),
        SIZE("CASE WHEN amount IS NULL THEN NULL WHEN amount < 50000 THEN 'under-50k' WHEN amount < 250000 THEN '50k-250k'"
                + " WHEN amount < 1000000 THEN '250k-1m' ELSE '1m-plus' END");

        private final String expression;

        Dimension(String expression) {
            this.expression = expression;
        }
    }

    /** Deals by segment of one dimension (a deal without a value there is in the segment null). */
    public List<SegmentTally> segments(Filter filter, Dimension dimension) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.query("SELECT " + dimension.expression + " AS segment, outcome, currency, COUNT(*) AS deals, SUM(amount) AS amount"
                + " FROM opportunity" + where + " GROUP BY " + dimension.expression + ", outcome, currency",
                (rs, n) -> new SegmentTally(rs.getString("segment"), Outcome.valueOf(rs.getString("outcome")), rs.getString("currency"),
                        rs.getInt("deals"), rs.getBigDecimal("amount")), params.toArray());
    }

    private static String where(Filter f, List<Object> params) {
        Where where = new Where(params);
        if (f.partnerId() != null) {
            where.add("partner_id = ?", f.partnerId());
        }
        if (f.account() != null && !accountKey(f.account()).isEmpty()) {
            String key = accountKey(f.account());
            // the prefix LIKE alone is what an index answers (an OR of two conditions made H2 read every row: 130 ms
            // at 100,000 opportunities); the OR then keeps the key itself or the key and more words, not "keyx"
            String prefix = key.replace("%", "").replace("_", "");
            where.add("account_key LIKE ? AND (account_key = ? OR account_key LIKE ?)", prefix + "%", key, prefix + " %");
        }
        where.in("industry", f.industries()).in("country", f.countries());
        if (f.since() != null) {
            where.add("close_date >= ?", Date.valueOf(f.since()));
        }
        if (f.until() != null) {
            where.add("close_date <= ?", Date.valueOf(f.until()));
        }
        return where.size(f.size()).sql();
    }

    /** A query's conditions, joined by AND, each added with the parameters it takes, so the two stay in order. */
    private static final class Where {
        private final List<String> clauses = new ArrayList<>();
        private final List<Object> params;

        Where(List<Object> params) {
            this.params = params;
        }

        Where add(String clause, Object... values) {
            clauses.add(clause);
            params.addAll(List.of(values));
            return this;
        }

        /** {@code column IN (...)}; no values: no condition. */
        Where in(String column, Collection<String> values) {
            if (values != null && !values.isEmpty()) {
                clauses.add(column + " IN (" + marks(values.size()) + ")");
                params.addAll(values);
            }
            return this;
        }

        Where size(DealSize size) {
            if (size != null) {
                clauses.add(size.clause());
                params.addAll(size.parameters());
            }
            return this;
        }

        String sql() {
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }
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
                PartnerRole.valueOf(rs.getString("partner_role")),
                rs.getDate("created_date") == null ? null : rs.getDate("created_date").toLocalDate());
    }

    /** Days from created to close; null without a created date. */
    private static Long daysToClose(Opportunity o) {
        return o.createdDate() == null ? null : java.time.temporal.ChronoUnit.DAYS.between(o.createdDate(), o.closeDate());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
