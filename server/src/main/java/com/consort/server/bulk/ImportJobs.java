package com.consort.server.bulk;

import com.consort.knowledge.bulk.BulkImport;
import com.consort.knowledge.bulk.BundleSource;
import com.consort.knowledge.document.DocumentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Bulk imports run one at a time in the background, with progress to poll. Job status lives in
 * memory: after a restart, re-running the same bundle completes it without duplicates.
 */
@Service
public class ImportJobs implements DisposableBean {

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    public record Status(String id, State state, String phase, int done, int total, Instant startedAt, Instant finishedAt,
            BulkImport.Summary summary, String error) {
    }

    private final BulkImport bulkImport;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "consort-import-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Status> jobs = new ConcurrentHashMap<>();

    ImportJobs(BulkImport bulkImport) {
        this.bulkImport = bulkImport;
    }

    /** Starts importing an extracted bundle folder, which the job deletes when done. */
    public Status start(Path bundle, DocumentKind defaultKind) {
        String id = UUID.randomUUID().toString();
        Status queued = new Status(id, State.QUEUED, null, 0, 0, null, null, null, null);
        jobs.put(id, queued);
        executor.submit(() -> {
            Instant started = Instant.now();
            try {
                var summary = bulkImport.run(BundleSource.folder(bundle), defaultKind, (phase, done, total) ->
                        jobs.put(id, new Status(id, State.RUNNING, phase.name().toLowerCase(), done, total, started, null, null, null)));
                jobs.put(id, new Status(id, State.SUCCEEDED, "done", 1, 1, started, Instant.now(), summary, null));
            } catch (Exception e) {
                jobs.put(id, new Status(id, State.FAILED, null, 0, 0, started, Instant.now(), null, e.getMessage()));
            } finally {
                deleteQuietly(bundle);
            }
        });
        return queued;
    }

    public Optional<Status> status(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
