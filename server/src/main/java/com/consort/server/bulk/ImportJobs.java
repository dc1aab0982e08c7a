package com.consort.server.bulk;

import com.consort.knowledge.BulkImport;
import com.consort.knowledge.BundleSource;
import com.consort.knowledge.DocumentKind;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk imports run one at a time per instance in the background, on the instance that received the
 * bundle, with their progress in the {@code import_job} table so that any instance answers a poll.
 * While it lives, the running instance refreshes its jobs' heartbeat; every instance fails the open
 * jobs whose heartbeat is older than {@code consort.import.stale-after} (their instance died), with
 * the reason, so no job stays "running" forever. The data already imported stays: re-running the same
 * bundle completes it without duplicates.
 */
@Service
public class ImportJobs implements DisposableBean {

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    public record Status(String id, State state, String phase, int done, int total, Instant startedAt, Instant finishedAt,
            BulkImport.Summary summary, String error) {
    }

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP_FINISHED = Duration.ofDays(30);
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(250);
    static final String RERUN = "upload the same bundle again: the import skips what it already stored";

    private final BulkImport bulkImport;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration staleAfter;
    /** pid@host plus a start token: a restarted process is another instance. */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final JsonMapper json;
    private final TaskExecutor executor;
    private final ScheduledFuture<?> watch;

    ImportJobs(BulkImport bulkImport, JdbcClient jdbc, JsonMapper json,
            @Qualifier("importJobExecutor") TaskExecutor importJobExecutor, TaskScheduler scheduler,
            @Value("${consort.import.heartbeat:10s}") Duration heartbeat,
            @Value("${consort.import.stale-after:1m}") Duration staleAfter) {
        this.bulkImport = bulkImport;
        this.jdbc = jdbc;
        this.json = json;
        this.executor = importJobExecutor;
        this.clock = Clock.systemUTC();
        this.staleAfter = staleAfter;
        watch = scheduler.scheduleWithFixedDelay(this::watch, clock.instant().plus(heartbeat), heartbeat);
    }

    /** Starts importing an extracted bundle folder, which the job deletes when done. */
    public Status start(Path bundle, DocumentKind defaultKind) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO import_job (id, state, done, total, instance, created_at, heartbeat_at)
                VALUES (?, 'QUEUED', 0, 0, ?, ?, ?)""").params(id, instance, now, now).update();
        executor.execute(() -> run(id, bundle, defaultKind));
        return status(id).orElseThrow();
    }

    private void run(String id, Path bundle, DocumentKind defaultKind) {
        Instant started = clock.instant();
        try {
            if (!update(id, "state = 'RUNNING', started_at = ?", Timestamp.from(started))) {
                return; // failed by another instance meanwhile (this one was thought dead)
            }
            var lastWrite = new Instant[] {Instant.EPOCH};
            var summary = bulkImport.run(BundleSource.folder(bundle), defaultKind, (phase, done, total) -> {
                Instant now = clock.instant();
                // one row write per quarter second at most, and always the last step of a phase
                if (done == total || now.isAfter(lastWrite[0].plus(PROGRESS_EVERY))) {
                    lastWrite[0] = now;
                    update(id, "phase = ?, done = ?, total = ?", phase.name().toLowerCase(), done, total);
                }
            });
            update(id, "state = 'SUCCEEDED', phase = 'done', done = 1, total = 1, finished_at = ?, summary = ?",
                    Timestamp.from(clock.instant()), json.writeValueAsString(summary));
        } catch (Exception e) {
            log.warn("Import job {} failed: {}", id, e.toString());
            update(id, "state = 'FAILED', finished_at = ?, error = ?", Timestamp.from(clock.instant()), limit(e.getMessage()));
        } finally {
            deleteQuietly(bundle);
        }
    }

    /** Updates one of this instance's open jobs; false when it is no longer open. */
    private boolean update(String id, String set, Object... values) {
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = Timestamp.from(clock.instant());
        params[values.length + 1] = id;
        params[values.length + 2] = instance;
        return jdbc.sql("UPDATE import_job SET " + set + ", heartbeat_at = ? WHERE id = ? AND instance = ?"
                + " AND state IN ('QUEUED', 'RUNNING')").params(params).update() == 1;
    }

    public Optional<Status> status(String id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ?").param(id).query((rs, row) -> status(rs)).optional();
    }

    private Status status(ResultSet rs) throws SQLException {
        String summary = rs.getString("summary");
        return new Status(rs.getString("id"), State.valueOf(rs.getString("state")), rs.getString("phase"), rs.getInt("done"),
                rs.getInt("total"), instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
                summary == null ? null : json.readValue(summary, BulkImport.Summary.class), rs.getString("error"));
    }

    /** Keeps this instance's open jobs alive and ends those of instances that died; runs every heartbeat. */
    public void watch() {
        try {
            Instant now = clock.instant();
            jdbc.sql("UPDATE import_job SET heartbeat_at = ? WHERE instance = ? AND state IN ('QUEUED', 'RUNNING')")
                    .params(Timestamp.from(now), instance).update();
            int failed = jdbc.sql("""
                    UPDATE import_job SET state = 'FAILED', finished_at = ?,
                      error = 'The server instance running this import (' || instance || ') stopped before it ended; ' || CAST(? AS VARCHAR(200))
                    WHERE state IN ('QUEUED', 'RUNNING') AND heartbeat_at < ?""")
                    .params(Timestamp.from(now), RERUN, Timestamp.from(now.minus(staleAfter))).update();
            if (failed > 0) {
                log.warn("{} import job(s) of a stopped instance marked failed", failed);
            }
            jdbc.sql("DELETE FROM import_job WHERE finished_at < ?").param(Timestamp.from(now.minus(KEEP_FINISHED))).update();
        } catch (RuntimeException e) {
            log.warn("Import job watch failed; retrying at the next run: {}", e.toString());
        }
    }

    /** On an orderly stop, this instance's open jobs end at once rather than when their heartbeat goes stale. */
    @Override
    public void destroy() {
        watch.cancel(true);
        try {
            jdbc.sql("""
                    UPDATE import_job SET state = 'FAILED', finished_at = ?,
                      error = 'The server instance running this import stopped before it ended; ' || CAST(? AS VARCHAR(200))
                    WHERE instance = ? AND state IN ('QUEUED', 'RUNNING')""")
                    .params(Timestamp.from(clock.instant()), RERUN, instance).update();
        } catch (RuntimeException e) {
            log.warn("Could not mark this instance's open import jobs failed (another instance will): {}", e.toString());
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String limit(String message) {
        String text = message == null ? "unknown error" : message;
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
