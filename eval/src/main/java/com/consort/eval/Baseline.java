package com.consort.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Stored metric values with a tolerance each (a committed file under eval/baselines/). A metric
 * regresses when it is worse than its baseline value by more than its tolerance; which way is worse
 * comes from {@link #lowerIsBetter}.
 */
public record Baseline(Map<String, Map<String, Entry>> suites) {

    /** Rates may wobble by this much (float noise across machines); counts of bad things may not rise. */
    public static final double DEFAULT_RATE_TOLERANCE = 0.005;

    public record Entry(double value, double tolerance) {
    }

    public enum Change { SAME, IMPROVED, REGRESSED, MISSING }

    public record Delta(String suite, String metric, double baseline, double current, double tolerance, Change change) {
    }

    /** Every baselined metric of every suite that ran; suites the run did not include are not compared. */
    public record Comparison(String baselineFile, List<Delta> deltas) {
        public List<Delta> regressions() {
            return deltas.stream().filter(d -> d.change() == Change.REGRESSED || d.change() == Change.MISSING).toList();
        }
    }

    public static Baseline load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read baseline " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Baseline parse(String text, String origin) {
        try {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            Map<String, Map<String, Entry>> suites = new LinkedHashMap<>();
            ((Map<String, Map<String, Object>>) yaml.getOrDefault("suites", Map.of())).forEach((suite, metrics) -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                metrics.forEach((metric, v) -> {
                    if (v instanceof Map<?, ?> m) {
                        entries.put(metric, new Entry(number(m.get("value")), m.containsKey("tolerance")
                                ? number(m.get("tolerance")) : defaultTolerance(metric)));
                    } else {
                        entries.put(metric, new Entry(number(v), defaultTolerance(metric)));
                    }
                });
                suites.put(suite, entries);
            });
            return new Baseline(suites);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Baseline " + origin + " is not valid: " + e.getMessage(), e);
        }
    }

    /** Counts of bad things (violations, invented partners, unescaped HTML, ...) are better lower. */
    public static boolean lowerIsBetter(String metric) {
        return metric.endsWith("Violations") || metric.startsWith("invented") || metric.startsWith("ungrounded")
                || metric.startsWith("unescaped") || metric.equals("errors");
    }

    static double defaultTolerance(String metric) {
        return lowerIsBetter(metric) ? 0 : DEFAULT_RATE_TOLERANCE;
    }

    private static double number(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o != null && o.toString().equalsIgnoreCase(".nan")) {
            return Double.NaN;
        }
        throw new IllegalArgumentException("not a number: " + o);
    }

    public Comparison compare(RunResult run, String baselineFile) {
        List<Delta> deltas = new ArrayList<>();
        for (SuiteResult suite : run.suites()) {
            Map<String, Entry> expected = suites.get(suite.suite());
            if (expected == null) {
                continue;
            }
            expected.forEach((metric, entry) -> {
                Double current = suite.metrics().get(metric);
                if (Double.isNaN(entry.value())) {
                    return; // nothing to hold the metric to (e.g. an average over no cases)
                }
                if (current == null || current.isNaN()) {
                    deltas.add(new Delta(suite.suite(), metric, entry.value(), Double.NaN, entry.tolerance(), Change.MISSING));
                    return;
                }
                double better = lowerIsBetter(metric) ? entry.value() - current : current - entry.value();
                // the epsilon keeps a tolerance of exactly 0.01 from failing on 0.010000000000000009
                Change change = better < -entry.tolerance() - 1e-9 ? Change.REGRESSED : better > 1e-9 ? Change.IMPROVED : Change.SAME;
                deltas.add(new Delta(suite.suite(), metric, entry.value(), current, entry.tolerance(), change));
            });
        }
        return new Comparison(baselineFile, deltas);
    }

    /**
     * The run's metrics as a baseline file, keeping the tolerances of {@code previous} where it has the
     * metric (a tolerance is a decision, re-recording values must not reset it).
     */
    public static String write(RunResult run, Baseline previous) {
        StringBuilder out = new StringBuilder();
        out.append("# Eval baseline: metric values of the demo suites in offline mode, with the tolerance each may\n")
                .append("# worsen by before the gate fails (lower-is-better for counts such as constraintViolations).\n")
                .append("# Update it only on purpose: see \"Updating the baseline\" in docs/eval.md.\n")
                .append("suites:\n");
        for (SuiteResult suite : run.suites()) {
            out.append("  ").append(suite.suite()).append(":\n");
            suite.metrics().forEach((metric, value) -> {
                Entry old = previous == null ? null : previous.suites().getOrDefault(suite.suite(), Map.of()).get(metric);
                double tolerance = old == null ? defaultTolerance(metric) : old.tolerance();
                out.append("    \"").append(metric).append("\": {value: ").append(format(value))
                        .append(", tolerance: ").append(format(tolerance)).append("}\n");
            });
        }
        return out.toString();
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return ".nan";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }
}
