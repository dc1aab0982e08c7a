package com.consort.server.eval;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code consort.eval.*}: where suites beyond the packaged ones live, which baseline runs from the web
 * UI are compared with (the packaged eval/baselines/demo.yaml when empty), and how many cases run at once.
 */
@ConfigurationProperties("consort.eval")
public record EvalSettings(Path suitesDir, Path baseline, Integer threads) {

    public EvalSettings {
        // an empty setting means "not set", never the working directory
        suitesDir = suitesDir == null || suitesDir.toString().isBlank() ? null : suitesDir;
        baseline = baseline == null || baseline.toString().isBlank() ? null : baseline;
    }

    public int threadsOrDefault() {
        return threads == null || threads < 1 ? Math.max(2, Runtime.getRuntime().availableProcessors()) : threads;
    }
}
