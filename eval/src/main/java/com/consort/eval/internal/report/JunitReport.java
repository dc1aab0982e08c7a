package com.consort.eval.internal.report;

import com.consort.eval.Assertion;
import com.consort.eval.CaseResult;
import com.consort.eval.RunResult;
import com.consort.eval.SuiteResult;
import java.util.Locale;

/** JUnit XML (one testsuite per suite, one testcase per case) for CI test reporters. */
public final class JunitReport {

    private JunitReport() {
    }

    public static String render(RunResult run) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"consort-eval\" tests=\"").append(run.cases()).append("\" failures=\"").append(run.failed())
                .append("\" skipped=\"").append(run.skipped()).append("\">\n");
        for (SuiteResult s : run.suites()) {
            double seconds = s.cases().stream().mapToLong(CaseResult::millis).sum() / 1000.0;
            x.append("  <testsuite name=\"").append(Html.esc(s.suite())).append("\" tests=\"").append(s.cases().size())
                    .append("\" failures=\"").append(s.failed()).append("\" skipped=\"").append(s.skipped())
                    .append("\" errors=\"0\" time=\"").append(String.format(Locale.ROOT, "%.3f", seconds)).append("\">\n");
            x.append("    <properties>\n");
            s.metrics().forEach((m, v) -> x.append("      <property name=\"").append(Html.esc(m)).append("\" value=\"")
                    .append(ConsoleReport.format(v)).append("\"/>\n"));
            x.append("    </properties>\n");
            for (CaseResult c : s.cases()) {
                x.append("    <testcase classname=\"eval.").append(Html.esc(s.suite())).append("\" name=\"").append(Html.esc(c.id()))
                        .append("\" time=\"").append(String.format(Locale.ROOT, "%.3f", c.millis() / 1000.0)).append("\">");
                if (c.skipped()) {
                    x.append("<skipped message=\"").append(Html.esc(c.assertions().get(0).detail())).append("\"/>");
                } else if (!c.passed()) {
                    String message = String.join("; ", c.failures().stream().map(a -> a.name() + ": " + a.detail()).toList());
                    x.append("\n      <failure message=\"").append(Html.esc(message)).append("\">")
                            .append(Html.esc("input: " + c.input() + "\nanswer: " + c.answer())).append("</failure>\n    ");
                }
                // skipped assertions of a case that ran (e.g. the judge without a model) are said, not hidden
                String skippedParts = String.join("\n", c.assertions().stream()
                        .filter(a -> a.status() == Assertion.Status.SKIPPED && !c.skipped())
                        .map(a -> "skipped " + a.name() + ": " + a.detail()).toList());
                if (!skippedParts.isEmpty()) {
                    x.append("<system-out>").append(Html.esc(skippedParts)).append("</system-out>");
                }
                x.append("</testcase>\n");
            }
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }
}
