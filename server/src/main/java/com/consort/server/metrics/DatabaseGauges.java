package com.consort.server.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges read from the database, so every instance reports the same cluster-wide figures: drafts by
 * review state, eval runs by outcome and import jobs by state. Each query runs at most once per
 * scrape interval ({@link #FRESH_FOR}), whatever the number of gauges it feeds.
 */
@Component
class DatabaseGauges implements MeterBinder {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final List<String> DRAFT_STATES = List.of("draft", "in_review", "changes_requested", "approved",
            "published", "rejected", "archived", "expired");
    private static final List<String> EVAL_OUTCOMES = List.of("running", "passed", "regressed", "failed");
    private static final List<String> IMPORT_STATES = List.of("QUEUED", "RUNNING", "SUCCEEDED", "FAILED");

    private final JdbcClient jdbc;

    DatabaseGauges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        register(registry, "consort.drafts", "state", "Content-studio drafts by review state", DRAFT_STATES,
                counts("SELECT LOWER(status), COUNT(*) FROM studio_draft GROUP BY LOWER(status)"));
        // a run regressed when a metric fell below the baseline; failed when it could not finish
        register(registry, "consort.eval.runs", "outcome", "Eval runs by outcome", EVAL_OUTCOMES, counts("""
                SELECT CASE WHEN status = 'RUNNING' THEN 'running' WHEN status = 'FAILED' THEN 'failed'
                            WHEN COALESCE(regressions, 0) > 0 THEN 'regressed' ELSE 'passed' END, COUNT(*)
                FROM eval_run GROUP BY CASE WHEN status = 'RUNNING' THEN 'running' WHEN status = 'FAILED' THEN 'failed'
                            WHEN COALESCE(regressions, 0) > 0 THEN 'regressed' ELSE 'passed' END"""));
        register(registry, "consort.import.jobs", "state", "Bulk-import jobs by state (kept 30 days)", IMPORT_STATES,
                counts("SELECT state, COUNT(*) FROM import_job GROUP BY state"));
    }

    private static void register(MeterRegistry registry, String name, String tag, String description, List<String> values,
            Supplier<Map<String, Long>> counts) {
        for (String value : values) {
            Gauge.builder(name, () -> counts.get().getOrDefault(value, 0L)).tag(tag, value.toLowerCase())
                    .description(description).register(registry);
        }
    }

    /** A GROUP BY query's counts, re-read when older than FRESH_FOR; NaN-free: an unreadable database keeps the last counts. */
    private Supplier<Map<String, Long>> counts(String sql) {
        var cache = new Object() {
            Map<String, Long> counts = Map.of();
            Instant readAt = Instant.EPOCH;
        };
        return () -> {
            synchronized (cache) {
                if (Instant.now().isAfter(cache.readAt.plus(FRESH_FOR))) {
                    try {
                        Map<String, Long> fresh = new HashMap<>();
                        jdbc.sql(sql).query((rs, row) -> fresh.put(rs.getString(1), rs.getLong(2))).list();
                        cache.counts = fresh;
                    } catch (RuntimeException e) {
                        // the database is away: keep the last counts; the outage shows in the health endpoint
                    }
                    cache.readAt = Instant.now();
                }
                return cache.counts;
            }
        };
    }
}
