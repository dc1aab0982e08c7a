package com.consort.eval.internal.report;

import com.consort.eval.Reports;
import com.consort.eval.RunResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link Reports} by the renderers of this package. */
public final class RunReports implements Reports {

    @Override
    public void print(RunResult run, PrintStream out) {
        ConsoleReport.print(run, out);
    }

    @Override
    public String html(RunResult run, Map<String, List<Point>> history, Map<String, String> partnerNames) {
        return HtmlReport.render(run, history, partnerNames);
    }

    @Override
    public String json(RunResult run) {
        return JsonReport.render(run);
    }

    @Override
    public Map<String, Set<String>> failedCases(String json) {
        return JsonReport.failedCases(json);
    }

    @Override
    public Written write(RunResult run, Map<String, List<Point>> history, Path folder) {
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
