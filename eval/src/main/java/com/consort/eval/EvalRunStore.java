package com.consort.eval;

import com.consort.eval.CaseResult;
import com.consort.eval.RunResult;
import com.consort.eval.SuiteResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored eval runs (tables of V500__eval_runs.sql): progress while running, then metrics and case outcomes. */
public class EvalRunStore {

    public enum Status { RUNNING, FINISHED, FAILED }

    public record RunSummary(String id, Status status, String mode, List<String> suites, String startedBy, boolean partial,
            Instant startedAt, Instant finishedAt, int totalCases, int doneCases, int failedCases, Integer passedCases,
            Integer skippedCases, Integer regressions, String error) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Reports reports;

    /** @param reports renders the run's results.json, which the store keeps with the run */
    public EvalRunStore(JdbcClient jdbc, TransactionTemplate transactions, Reports reports) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.reports = reports;
    }

    public void start(String id, String mode, List<String> suites, String startedBy, boolean partial, int totalCases) {
        jdbc.sql("""
                INSERT INTO eval_run (id, status, mode, suites, started_by, partial, started_at, total_cases, done_cases, failed_cases)
                VALUES (?, 'RUNNING', ?, ?, ?, ?, ?, ?, 0, 0)""")
                .params(id, mode, String.join(",", suites), startedBy, partial, now(), totalCases).update();
    }

    public void progress(String id, int done, int total, int failed) {
        jdbc.sql("UPDATE eval_run SET done_cases = ?, total_cases = ?, failed_cases = ? WHERE id = ? AND status = 'RUNNING'")
                .params(done, total, failed, id).update();
    }

    /** Records the finished run under {@code id} (the run's own id may differ when it was started elsewhere). */
    public void finish(String id, RunResult run) {
        boolean partial = run.notices().stream().anyMatch(n -> n.startsWith("Partial run"));
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                    UPDATE eval_run SET status = 'FINISHED', finished_at = ?, total_cases = ?, done_cases = ?, failed_cases = ?,
                    passed_cases = ?, skipped_cases = ?, regressions = ?, partial = ?, result_json = ? WHERE id = ?""")
                    .params(now(), (int) run.cases(), (int) run.cases(), (int) run.failed(), (int) run.passed(), (int) run.skipped(),
                            run.comparison() == null ? null : run.comparison().regressions().size(), partial, reports.json(run), id)
                    .update();
            for (SuiteResult s : run.suites()) {
                s.metrics().forEach((metric, value) -> {
                    if (!value.isNaN() && !value.isInfinite()) {
                        jdbc.sql("INSERT INTO eval_metric (run_id, suite, metric, val) VALUES (?, ?, ?, ?)")
                                .params(id, s.suite(), metric, value).update();
                    }
                });
                for (CaseResult c : s.cases()) {
                    String failure = String.join("; ", c.failures().stream().map(a -> a.name() + ": " + a.detail()).toList());
                    jdbc.sql("INSERT INTO eval_case_result (run_id, suite, case_id, status, failure) VALUES (?, ?, ?, ?, ?)")
                            .params(id, s.suite(), c.id(), c.skipped() ? "SKIPPED" : c.passed() ? "PASSED" : "FAILED",
                                    failure.isEmpty() ? null : truncate(failure, 4000))
                            .update();
                }
            }
        });
    }

    public void fail(String id, String error) {
        jdbc.sql("UPDATE eval_run SET status = 'FAILED', finished_at = ?, error = ? WHERE id = ?")
                .params(now(), truncate(error, 2000), id).update();
    }

    public List<RunSummary> list(int limit) {
        return jdbc.sql("SELECT * FROM eval_run ORDER BY started_at DESC, id LIMIT ?").param(limit).query(EvalRunStore::summary).list();
    }

    public Optional<RunSummary> find(String id) {
        return jdbc.sql("SELECT * FROM eval_run WHERE id = ?").param(id).query(EvalRunStore::summary).optional();
    }

    public Optional<String> resultJson(String id) {
        return jdbc.sql("SELECT result_json FROM eval_run WHERE id = ? AND status = 'FINISHED'").param(id).query(String.class).optional();
    }

    /**
     * Each metric's values over the last {@code limit} complete runs of a suite, oldest first, keyed
     * "suite/metric" (partial re-runs cover a subset of cases and are left out).
     */
    public Map<String, List<Reports.Point>> history(String suite, int limit) {
        List<String> runs = jdbc.sql("""
                SELECT r.id FROM eval_run r WHERE r.status = 'FINISHED' AND r.partial = FALSE
                AND EXISTS (SELECT 1 FROM eval_metric m WHERE m.run_id = r.id AND m.suite = ?)
                ORDER BY r.started_at DESC LIMIT ?""").params(suite, limit).query(String.class).list();
        Map<String, List<Reports.Point>> out = new LinkedHashMap<>();
        if (runs.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT m.metric, m.val, r.started_at FROM eval_metric m JOIN eval_run r ON r.id = m.run_id "
                + "WHERE m.suite = :suite AND m.run_id IN (:runs) ORDER BY r.started_at, m.metric")
                .param("suite", suite).param("runs", runs)
                .query((rs, n) -> {
                    out.computeIfAbsent(suite + "/" + rs.getString("metric"), k -> new ArrayList<>())
                            .add(new Reports.Point(instant(rs, "started_at"), rs.getDouble("val")));
                    return null;
                }).list();
        return out;
    }

    /** The failed cases of the latest finished run, by suite. */
    public Map<String, Set<String>> lastFailures() {
        Map<String, Set<String>> failed = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT suite, case_id FROM eval_case_result WHERE status = 'FAILED' AND run_id =
                (SELECT id FROM eval_run WHERE status = 'FINISHED' ORDER BY finished_at DESC, id LIMIT 1) ORDER BY suite, case_id""")
                .query((rs, n) -> failed.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2))).list();
        return failed;
    }

    private static RunSummary summary(ResultSet rs, int row) throws SQLException {
        String suites = rs.getString("suites");
        return new RunSummary(rs.getString("id"), Status.valueOf(rs.getString("status")), rs.getString("mode"),
                suites.isEmpty() ? List.of() : List.of(suites.split(",")), rs.getString("started_by"), rs.getBoolean("partial"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getInt("total_cases"), rs.getInt("done_cases"),
                rs.getInt("failed_cases"), (Integer) rs.getObject("passed_cases", Integer.class),
                rs.getObject("skipped_cases", Integer.class), rs.getObject("regressions", Integer.class), rs.getString("error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
