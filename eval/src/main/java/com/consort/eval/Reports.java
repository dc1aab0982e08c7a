package com.consort.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's reports: the console summary of a CLI run, the self-contained HTML report, results.json (also read
 * back to re-run the failures) and junit.xml for CI test reporters. The renderers are behind the door; the
 * module's configuration provides this as a bean.
 */
public interface Reports {

    /** One earlier value of a metric, for the history charts. */
    record Point(Instant at, double value) {
    }

    record Written(Path json, Path junit, Path html) {
    }

    void print(RunResult run, PrintStream out);

    /**
     * @param history earlier values per "suite/metric", oldest first (may be empty)
     * @param partnerNames directory names by partner id, shown beside the expected and returned partners' ids
     */
    String html(RunResult run, Map<String, List<Point>> history, Map<String, String> partnerNames);

    String json(RunResult run);

    /** The failed cases of a run's JSON, by suite. */
    Map<String, Set<String>> failedCases(String json);

    /** Writes results.json, junit.xml and report.html of a run into a folder. */
    Written write(RunResult run, Map<String, List<Point>> history, Path folder);
}
