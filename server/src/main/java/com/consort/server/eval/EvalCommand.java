package com.consort.server.eval;

import com.consort.eval.Baseline;
import com.consort.eval.EvalRunner;
import com.consort.eval.Reports;
import com.consort.eval.RunResult;
import com.consort.eval.SuiteFile;
import com.consort.knowledge.RetrievalMode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code java -jar consort-server.jar eval [--suite NAME|FILE]... [--baseline FILE] [--only-failed]
 * [--mode offline|llm] [--retrieval hybrid|dense|keyword] [--out DIR] [--write-baseline FILE]}: runs
 * suites against the configured server's data with a progress bar, prints a summary, writes
 * results.json, junit.xml and report.html, stores the run, and exits 1 on a regression.
 */
public final class EvalCommand {

    public record Arguments(List<String> suites, Path baseline, boolean onlyFailed, String mode, RetrievalMode retrieval, Path out,
            Path writeBaseline) {
    }

    private EvalCommand() {
    }

    public static Arguments parse(String[] args) {
        List<String> suites = new ArrayList<>();
        Path baseline = null;
        boolean onlyFailed = false;
        String mode = "offline";
        RetrievalMode retrieval = RetrievalMode.HYBRID;
        Path out = Path.of("target/eval");
        Path writeBaseline = null;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--suite" -> suites.add(require(value, "--suite"));
                case "--baseline" -> baseline = Path.of(require(value, "--baseline"));
                case "--mode" -> mode = require(value, "--mode");
                case "--retrieval" -> {
                    try {
                        retrieval = RetrievalMode.valueOf(require(value, "--retrieval").toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--retrieval must be hybrid, dense or keyword");
                    }
                }
                case "--out" -> out = Path.of(require(value, "--out"));
                case "--write-baseline" -> writeBaseline = Path.of(require(value, "--write-baseline"));
                case "--only-failed" -> {
                    onlyFailed = true;
                    i--; // a flag: no value
                }
                case "--help", "-h" -> throw new IllegalArgumentException(usage());
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + usage());
            }
            i++;
        }
        if (!mode.equals("offline") && !mode.equals("llm")) {
            throw new IllegalArgumentException("--mode must be offline or llm");
        }
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw new IllegalArgumentException("No baseline file at " + baseline);
        }
        return new Arguments(List.copyOf(suites), baseline, onlyFailed, mode, retrieval, out, writeBaseline);
    }

    public static String usage() {
        return """
                Usage: java -jar consort-server.jar eval [--suite NAME|FILE]... [--baseline FILE] [--only-failed]
                       [--mode offline|llm] [--retrieval hybrid|dense|keyword] [--out DIR] [--write-baseline FILE]
                  Without --suite every known suite runs (eval/suites/*.yaml). Reports go to DIR (default target/eval).
                  Exit code: 0 passed, 1 a regression against the baseline (or, without one, a failed case), 2 bad arguments.""";
    }

    /** Runs the command against a started server context; returns the exit code. */
    public static int run(Arguments arguments, EvalRuns runs, PrintStream out) {
        Path lastRun = arguments.out().resolve("results.json");
        if (arguments.onlyFailed() && !Files.isRegularFile(lastRun)) {
            out.println("No earlier run in " + arguments.out() + " (results.json): --only-failed uses the stored last run instead.");
            lastRun = null;
        }
        String baselineText = null;
        if (arguments.baseline() != null) {
            try {
                baselineText = Files.readString(arguments.baseline());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var request = new EvalRuns.Request(arguments.suites(), arguments.mode(), arguments.retrieval(), arguments.onlyFailed(),
                arguments.baseline() == null ? null : arguments.baseline().toString(), baselineText, lastRun, "cli");
        List<SuiteFile> files;
        try {
            files = runs.resolve(request, true);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        out.printf("Running %d suite(s) in %s mode: %s%n", files.size(), arguments.mode(), files.stream().map(SuiteFile::name).toList());
        RunResult run = runs.execute(UUID.randomUUID().toString(), request, files, new ProgressBar(out));
        out.println();
        runs.reports().print(run, out);
        Reports.Written written = runs.writeReports(run, arguments.out());
        out.printf("%nReports: %s, %s, %s%n", written.html(), written.json(), written.junit());
        if (arguments.writeBaseline() != null) {
            try {
                var previous = arguments.baseline() == null ? null : Baseline.load(arguments.baseline());
                Files.writeString(arguments.writeBaseline(), Baseline.write(run, previous));
                out.println("Baseline written to " + arguments.writeBaseline());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (run.comparison() != null) {
            return run.regressed() ? 1 : 0;
        }
        return run.failed() > 0 ? 1 : 0;
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** "cases [#########.........] 45/100, 2 failed", redrawn in place. */
    static final class ProgressBar implements EvalRunner.Progress {
        private static final int WIDTH = 30;
        private final PrintStream out;

        ProgressBar(PrintStream out) {
            this.out = out;
        }

        @Override
        public synchronized void update(int done, int total, int failed) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            out.printf("\rcases [%s%s] %d/%d, %d failed", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, failed);
            out.flush();
        }
    }
}
