package com.consort.eval;

import com.consort.eval.internal.report.ConsoleReport;
import com.consort.eval.internal.report.HtmlReport;
import com.consort.eval.internal.report.JsonReport;
import com.consort.eval.internal.report.JunitReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's reports: the console summary of a CLI run, the self-contained HTML report, results.json (also read
 * back to re-run the failures) and junit.xml for CI test reporters.
 */
public final class Reports {

    /** One earlier value of a metric, for the history charts. */
    public record Point(Instant at, double value) {
    }

    public record Written(Path json, Path junit, Path html) {
    }

    private Reports() {
    }

    public static void print(RunResult run, PrintStream out) {
        ConsoleReport.print(run, out);
    }

    /**
     * @param history earlier values per "suite/metric", oldest first (may be empty)
     * @param partnerNames directory names by partner id, shown beside the expected and returned partners' ids
     */
    public static String html(RunResult run, Map<String, List<Point>> history, Map<String, String> partnerNames) {
        return HtmlReport.render(run, history, partnerNames);
    }

    public static String json(RunResult run) {
        return JsonReport.render(run);
    }

    /** The failed cases of a run's JSON, by suite. */
    public static Map<String, Set<String>> failedCases(String json) {
        return JsonReport.failedCases(json);
    }

    /** Writes results.json, junit.xml and report.html of a run into a folder. */
    public static Written write(RunResult run, Map<String, List<Point>> history, Path folder) {
        try {
            Files.createDirectories(folder);
            Path json = Files.writeString(folder.resolve("results.json"), JsonReport.render(run));
            Path junit = Files.writeString(folder.resolve("junit.xml"), JunitReport.render(run));
            Path html = Files.writeString(folder.resolve("report.html"), HtmlReport.render(run, history));
            return new Written(json, junit, html);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the eval reports to " + folder, e);
        }
    }
}
