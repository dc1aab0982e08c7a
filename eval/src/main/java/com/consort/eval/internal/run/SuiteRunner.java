package com.consort.eval.internal.run;

import com.consort.eval.CaseResult;
import com.consort.eval.EvalRunner;
import com.consort.eval.RunResult;
import com.consort.eval.SuiteResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs bound suites: the cases of several suites in parallel on a fixed pool (the system under test bounds its own
 * model threads, so a small pool is enough) and reports progress after each case.
 */
public final class SuiteRunner implements EvalRunner {

    private final List<EvalSuite> suites;

    public SuiteRunner(List<EvalSuite> suites) {
        this.suites = List.copyOf(suites);
    }

    @Override
    public int cases() {
        return suites.stream().mapToInt(s -> s.caseIds().size()).sum();
    }

    @Override
    public RunResult run(Options options, Progress progress) {
        return runSuites(suites, options, progress);
    }

    public static RunResult runSuites(List<EvalSuite> suites, Options options, Progress progress) {
        Instant started = Instant.now();
        record Work(EvalSuite suite, String caseId) {
        }
        List<Work> work = new ArrayList<>();
        List<EvalSuite> included = new ArrayList<>();
        for (EvalSuite suite : suites) {
            List<String> ids = suite.caseIds();
            if (options.only() != null) {
                Set<String> wanted = options.only().getOrDefault(suite.name(), Set.of());
                ids = ids.stream().filter(wanted::contains).toList();
                if (ids.isEmpty()) {
                    continue;
                }
            }
            included.add(suite);
            ids.forEach(id -> work.add(new Work(suite, id)));
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        progress.update(0, work.size(), 0);
        List<CaseResult> results = new ArrayList<>();
        // a pool of the run's own, not the shared executor: this thread waits on the cases, which must never
        // queue behind runs that are themselves waiting
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "eval-case");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CaseResult>> futures = work.stream().map(w -> pool.submit(() -> {
                long start = System.nanoTime();
                CaseResult result;
                try {
                    result = w.suite().run(w.caseId());
                } catch (RuntimeException | Error e) {
                    result = CaseResult.error(w.suite().name(), w.caseId(), "", e, (System.nanoTime() - start) / 1_000_000);
                }
                // counted and reported in one step, so the reports arrive in order and the last one is the total
                synchronized (done) {
                    progress.update(done.incrementAndGet(), work.size(), result.passed() ? failed.get() : failed.incrementAndGet());
                }
                return result;
            })).toList();
            for (Future<CaseResult> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Eval run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Eval case crashed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<SuiteResult> suiteResults = new ArrayList<>();
        Set<String> notices = new LinkedHashSet<>();
        for (EvalSuite suite : included) {
            List<CaseResult> mine = results.stream().filter(r -> r.suite().equals(suite.name())).toList();
            suiteResults.add(new SuiteResult(suite.name(), suite.kind(), suite.description(), mine, suite.metrics(mine)));
            notices.addAll(suite.notices());
        }
        if (options.only() != null) {
            notices.add("Partial run (--only-failed): metrics cover the re-run cases only and are not compared with the baseline.");
        }
        return new RunResult(UUID.randomUUID().toString(), started, Instant.now(), options.mode(), suiteResults,
                List.copyOf(notices), null);
    }
}
