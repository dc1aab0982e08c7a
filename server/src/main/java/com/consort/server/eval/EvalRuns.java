package com.consort.server.eval;

import com.consort.eval.Baseline;
import com.consort.eval.EvalRunStore;
import com.consort.eval.EvalRunner;
import com.consort.eval.Reports;
import com.consort.eval.RunResult;
import com.consort.eval.SuiteCatalog;
import com.consort.eval.SuiteFile;
import com.consort.eval.Targets;
import com.consort.knowledge.RetrievalMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs eval suites for the CLI and the web UI alike: binds the suites to this server's retrieval,
 * assistant and content studio, runs them in parallel, compares with a baseline, stores the run (its
 * progress while running) and writes the reports.
 */
@Service
public class EvalRuns {

    /**
     * @param suites suite names or suite files; empty = every suite the server knows
     * @param baseline a baseline file; null = none (CLI) — the web UI passes the configured one
     * @param onlyFailed re-run the failed cases of the last run ({@code lastRun} JSON when given, else the stored last run)
     */
    public record Request(List<String> suites, String mode, RetrievalMode retrieval, boolean onlyFailed, String baselineFile,
            String baselineText, Path lastRun, String startedBy) {
    }

    /** A run was asked for while another runs: a second click, a second tab or a colleague. */
    public static final class RunInProgressException extends RuntimeException {
        private final String runningId;

        RunInProgressException(String runningId) {
            super("A run is in progress (" + runningId + "); start another when it has finished");
            this.runningId = runningId;
        }

        public String runningId() {
            return runningId;
        }
    }

    private final EvalTargets targets;
    private final EvalRunStore store;
    private final EvalSettings settings;
    private final TaskExecutor background;
    private final EvalRunner.Factory runners;
    private final Reports reports;

    // the run the background thread works on: one at a time (runs share the 2 cores with every other request),
    // so a double click cannot start two
    private String running;

    EvalRuns(EvalTargets targets, EvalRunStore store, EvalSettings settings,
            @Qualifier("applicationTaskExecutor") TaskExecutor background, EvalRunner.Factory runners, Reports reports) {
        this.targets = targets;
        this.runners = runners;
        this.reports = reports;
        this.background = background;
        this.store = store;
        this.settings = settings;
    }

    public SuiteCatalog catalog() {
        return SuiteCatalog.load(settings.suitesDir() != null ? settings.suitesDir() : defaultFolder());
    }

    /** eval/suites of the source tree when the server runs from it, so edited suites run without a build. */
    private static Path defaultFolder() {
        Path here = Path.of("eval/suites");
        return Files.isDirectory(here) ? here : Path.of("../eval/suites");
    }

    public EvalRunStore store() {
        return store;
    }

    /** The configured baseline for web UI runs: consort.eval.baseline, else the packaged demo baseline. */
    public Request withDefaultBaseline(Request r) {
        if (settings.baseline() != null) {
            return new Request(r.suites(), r.mode(), r.retrieval(), r.onlyFailed(), settings.baseline().toString(), null,
                    r.lastRun(), r.startedBy());
        }
        return SuiteCatalog.packagedBaseline().map(text -> new Request(r.suites(), r.mode(), r.retrieval(), r.onlyFailed(),
                "eval/baselines/demo.yaml (packaged)", text, r.lastRun(), r.startedBy())).orElse(r);
    }

    /**
     * Checks the request and resolves its suites; throws IllegalArgumentException (a 400) when it is wrong.
     * Only the command line may name a suite by its file path ({@code filesAllowed}): over HTTP a suite is a
     * name from the catalogue, so no caller can make the server read a file of its choosing.
     */
    public List<SuiteFile> resolve(Request request, boolean filesAllowed) {
        if (!"offline".equals(request.mode()) && !"llm".equals(request.mode())) {
            throw new IllegalArgumentException("mode must be offline or llm");
        }
        if ("llm".equals(request.mode()) && !targets.modelConfigured()) {
            throw new IllegalArgumentException("mode llm needs a chat model: set consort.model.base-url");
        }
        SuiteCatalog catalog = catalog();
        if (request.suites() == null || request.suites().isEmpty()) {
            return catalog.all();
        }
        List<SuiteFile> files = new ArrayList<>();
        for (String s : request.suites()) {
            var known = catalog.find(s);
            if (known.isPresent()) {
                files.add(known.get());
            } else if (filesAllowed && (s.endsWith(".yaml") || s.endsWith(".yml"))) {
                Path p = Path.of(s);
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("No suite file at " + s);
                }
                files.add(SuiteFile.read(p));
            } else {
                throw new IllegalArgumentException("No suite named '" + s + "'; known: "
                        + catalog.all().stream().map(SuiteFile::name).toList());
            }
        }
        return files;
    }

    /** Runs now, on the calling thread; the run is stored under {@code id}. */
    public RunResult execute(String id, Request request, List<SuiteFile> files, EvalRunner.Progress progress) {
        Map<String, Set<String>> only = null;
        if (request.onlyFailed()) {
            only = request.lastRun() != null && Files.isRegularFile(request.lastRun())
                    ? reports.failedCases(read(request.lastRun())) : store.lastFailures();
        }
        Targets bound = targets.forMode(request.mode(), request.retrieval() == null ? RetrievalMode.HYBRID : request.retrieval());
        EvalRunner runner = runners.of(files, bound);
        int total = only == null ? runner.cases()
                : only.values().stream().mapToInt(Set::size).sum();
        if (store.find(id).isEmpty()) {
            store.start(id, request.mode(), files.stream().map(SuiteFile::name).toList(), request.startedBy(), only != null, total);
        }
        try {
            EvalRunner.Progress both = (done, all, failed) -> {
                progress.update(done, all, failed);
                store.progress(id, done, all, failed);
            };
            RunResult run = runner.run(new EvalRunner.Options(request.mode(), settings.threadsOrDefault(), only), both);
            run = new RunResult(id, run.startedAt(), run.finishedAt(), run.mode(), run.suites(), notices(run, request), null);
            if (only == null && request.baselineText() != null) {
                run = run.withComparison(Baseline.parse(request.baselineText(), request.baselineFile())
                        .compare(run, request.baselineFile()));
            }
            store.finish(id, run);
            return run;
        } catch (RuntimeException e) {
            store.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }

    private List<String> notices(RunResult run, Request request) {
        List<String> notices = new ArrayList<>(run.notices());
        if ("offline".equals(request.mode()) && "llm".equals(targets.assistantMode())
                && run.suites().stream().anyMatch(s -> s.kind().equals("assistant"))) {
            notices.add("This server's assistant answers with its configured model, so the assistant cases ran in llm mode;"
                    + " the CLI with --mode offline runs them without a model.");
        }
        if (request.retrieval() != null && request.retrieval() != RetrievalMode.HYBRID) {
            notices.add("Retrieval limited to " + request.retrieval().name().toLowerCase() + " (the server uses hybrid).");
        }
        return notices;
    }

    /**
     * Starts a run in the background (the web UI); returns its id at once. Refused with
     * {@link RunInProgressException} while another run of this server is in progress.
     */
    public synchronized String start(Request request) {
        List<SuiteFile> files = resolve(request, false);
        // in progress until stored as finished (the thread may still be tidying up: the next run then waits a moment)
        if (running != null && store.find(running).filter(r -> r.status() == EvalRunStore.Status.RUNNING).isPresent()) {
            throw new RunInProgressException(running);
        }
        String id = UUID.randomUUID().toString();
        // stored before returning, so the page can poll it at once
        store.start(id, request.mode(), files.stream().map(SuiteFile::name).toList(), request.startedBy(), request.onlyFailed(), 0);
        running = id;
        background.execute(() -> {
            try {
                execute(id, request, files, EvalRunner.Progress.NONE);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(EvalRuns.class).warn("Eval run {} failed", id, e);
            } finally {
                done(id);
            }
        });
        return id;
    }

    private synchronized void done(String id) {
        if (id.equals(running)) {
            running = null;
        }
    }

    /** Whether suites can run in "llm" mode here: only with a configured chat model (offline always can). */
    public boolean llmAvailable() {
        return targets.modelConfigured();
    }

    /** Earlier values of every metric of the run's suites, oldest first. */
    public Map<String, List<Reports.Point>> history(List<String> suites) {
        Map<String, List<Reports.Point>> history = new LinkedHashMap<>();
        suites.forEach(s -> history.putAll(store.history(s, 30)));
        return history;
    }

    /** The eval module's renderers of a run's reports. */
    public Reports reports() {
        return reports;
    }

    public Reports.Written writeReports(RunResult run, Path folder) {
        return reports.write(run, history(run.suites().stream().map(s -> s.suite()).toList()), folder);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
