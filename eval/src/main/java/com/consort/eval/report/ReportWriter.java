package com.consort.eval.report;

import com.consort.eval.run.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes results.json, junit.xml and report.html of a run into a folder. */
public final class ReportWriter {

    public record Written(Path json, Path junit, Path html) {
    }

    private ReportWriter() {
    }

    public static Written write(RunResult run, Map<String, List<HtmlReport.Point>> history, Path folder) {
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
