package com.consort.eval.internal.report;

import com.consort.eval.Baseline;
import com.consort.eval.CaseResult;
import com.consort.eval.RunResult;
import com.consort.eval.SuiteResult;
import java.io.PrintStream;
import java.util.Locale;

/** The summary printed at the end of a CLI run. */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    public static void print(RunResult run, PrintStream out) {
        out.printf("%nEval run %s (mode %s): %d cases, %d passed, %d failed, %d skipped%n", run.id(), run.mode(), run.cases(),
                run.passed(), run.failed(), run.skipped());
        run.notices().forEach(n -> out.println("NOTICE: " + n));
        for (SuiteResult s : run.suites()) {
            out.printf("%n%s (%s): %d/%d passed%n", s.suite(), s.kind(), s.passed(), s.cases().size());
            s.metrics().forEach((metric, value) -> out.printf(Locale.ROOT, "  %-32s %s%n", metric, format(value)));
            for (CaseResult c : s.cases()) {
                if (!c.passed()) {
                    out.printf("  FAILED %s: %s%n", c.id(), String.join("; ", c.failures().stream()
                            .map(a -> a.name() + ": " + a.detail()).toList()));
                }
            }
        }
        Baseline.Comparison cmp = run.comparison();
        if (cmp != null) {
            out.printf("%nBaseline %s: %d metrics compared, %d regressed%n", cmp.baselineFile(), cmp.deltas().size(),
                    cmp.regressions().size());
            for (Baseline.Delta d : cmp.regressions()) {
                out.printf(Locale.ROOT, "  REGRESSION %s %s: %s -> %s (tolerance %s)%n", d.suite(), d.metric(), format(d.baseline()),
                        format(d.current()), format(d.tolerance()));
            }
        }
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
