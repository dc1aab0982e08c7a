package com.consort.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every recommendation of partners, recorded (fair exposure): who was shown, at which rank, whether it was
 * a best fit, for which question (its hash; its text only for vendor callers), when and for whom. Read back
 * as per-partner figures: how often recommended, shown first and a best fit, and the deals it registered
 * after it was first recommended.
 */
public class ExposureLog {

    /** One partner of a shortlist; {@code score} is its ranking score, or null when the list had none. */
    public record Shown(String partnerId, int rank, Double score, boolean bestFit) {
    }

    /**
     * @param question the question's text, or null (never kept for a PARTNER caller)
     * @param channel  chat, v1, mcp or api
     */
    public record Recommendation(Instant askedAt, String questionHash, String question, String askedBy, String role,
            String channel, List<Shown> partners) {
    }

    /**
     * One partner's exposure over a period. {@code laterDeals}: its opportunities closing (or expected to close)
     * on or after the day it was first recommended in the period, up to the period's end; {@code laterSourced}:
     * those it sourced (registered itself).
     */
    public record Figures(String partnerId, String name, int recommended, int first, int bestFit, double averageRank,
            LocalDate firstRecommended, int laterDeals, int laterSourced) {
    }

    private static final int MAX_QUESTION = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public ExposureLog(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Records a shortlist; an empty one is not a recommendation and is not recorded. */
    public void record(Recommendation r) {
        if (r.partners().isEmpty()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        String question = r.question() == null ? null
                : r.question().length() > MAX_QUESTION ? r.question().substring(0, MAX_QUESTION) : r.question();
        transactions.executeWithoutResult(tx -> {
            jdbc.update("INSERT INTO recommendation (id, asked_at, question_hash, question, asked_by, asker_role, channel) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, Timestamp.from(r.askedAt()), r.questionHash(), question,
                    r.askedBy(), r.role(), r.channel());
            jdbc.batchUpdate("INSERT INTO recommendation_partner (recommendation_id, partner_id, rank_shown, score, best_fit) "
                    + "VALUES (?, ?, ?, ?, ?)", r.partners().stream().map(p -> new Object[] {id, p.partnerId(), p.rank(),
                            p.score(), p.bestFit()}).toList());
        });
    }

    /** Recommendations in [from, until] (days, UTC). */
    public int count(LocalDate from, LocalDate until) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM recommendation WHERE asked_at >= ? AND asked_at < ?", Integer.class,
                start(from), start(until.plusDays(1)));
        return n == null ? 0 : n;
    }

    /** Per partner recommended in [from, until], most recommended first. */
    public List<Figures> figures(LocalDate from, LocalDate until, Map<String, String> names) {
        record Row(String partnerId, int recommended, int first, int bestFit, double averageRank, LocalDate firstAt) {
        }
        List<Row> rows = jdbc.query("""
                SELECT rp.partner_id, COUNT(*) AS recommended, SUM(CASE WHEN rp.rank_shown = 1 THEN 1 ELSE 0 END) AS shown_first,
                  SUM(CASE WHEN rp.best_fit THEN 1 ELSE 0 END) AS best_fit, AVG(CAST(rp.rank_shown AS DOUBLE PRECISION)) AS average_rank,
                  MIN(r.asked_at) AS first_at
                FROM recommendation_partner rp JOIN recommendation r ON r.id = rp.recommendation_id
                WHERE r.asked_at >= ? AND r.asked_at < ?
                GROUP BY rp.partner_id""", (rs, n) -> new Row(rs.getString("partner_id"), rs.getInt("recommended"),
                rs.getInt("shown_first"), rs.getInt("best_fit"), Math.round(rs.getDouble("average_rank") * 10) / 10.0,
                rs.getTimestamp("first_at").toInstant().atOffset(ZoneOffset.UTC).toLocalDate()),
                start(from), start(until.plusDays(1)));
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate earliest = rows.stream().map(Row::firstAt).min(Comparator.naturalOrder()).orElse(from);
        Map<String, List<Object[]>> deals = new HashMap<>();
        jdbc.query("SELECT partner_id, close_date, partner_role FROM opportunity WHERE close_date >= ? AND close_date <= ?",
                rs -> {
                    deals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Object[] {rs.getDate(2).toLocalDate(), rs.getString(3)});
                }, Date.valueOf(earliest), Date.valueOf(until));
        List<Figures> figures = new ArrayList<>();
        for (Row row : rows) {
            int later = 0;
            int sourced = 0;
            for (Object[] deal : deals.getOrDefault(row.partnerId(), List.of())) {
                if (!((LocalDate) deal[0]).isBefore(row.firstAt())) {
                    later++;
                    sourced += PartnerRole.SOURCED.name().equals(deal[1]) ? 1 : 0;
                }
            }
            figures.add(new Figures(row.partnerId(), names.getOrDefault(row.partnerId(), row.partnerId()), row.recommended(),
                    row.first(), row.bestFit(), row.averageRank(), row.firstAt(), later, sourced));
        }
        figures.sort(Comparator.comparingInt((Figures f) -> -f.recommended()).thenComparing(Figures::partnerId));
        return figures;
    }

    /** The question's hash: the same words in any case and spacing are the same question. */
    public static String hash(String question) {
        String folded = question == null ? "" : question.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
