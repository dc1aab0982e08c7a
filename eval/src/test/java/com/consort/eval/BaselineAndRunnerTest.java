package com.consort.eval;

import com.consort.eval.internal.run.EvalSuite;
import com.consort.eval.internal.run.Metrics;
import com.consort.eval.internal.run.SuiteRunner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.eval.internal.report.HtmlReport;
import com.consort.eval.internal.report.JsonReport;
import com.consort.eval.internal.report.JunitReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runner, the baseline gate and the reports over a scripted suite (no system under test needed). */
class BaselineAndRunnerTest {

    /** Case "i" passes when i is even; its answer carries markup that the reports must escape. */
    static final class Scripted implements EvalSuite {
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public String kind() {
            return "assistant";
        }

        @Override
        public String description() {
            return "a <b>scripted</b> suite";
        }

        @Override
        public List<String> caseIds() {
            return List.of("0", "1", "2", "3");
        }

        @Override
        public CaseResult run(String caseId) {
            threads.add(Thread.currentThread().getName());
            if (caseId.equals("3")) {
                throw new IllegalStateException("assistant down");
            }
            boolean even = Integer.parseInt(caseId) % 2 == 0;
            return new CaseResult(name(), caseId, "question " + caseId, "<script>alert(1)</script> & answer",
                    List.of(Assertion.check("mustMention", even, "does not mention \"x\""), Assertion.skipped("judge.relevance", "no judge")),
                    Map.of("inventedPartners", even ? 0.0 : 1.0), 1);
        }

        @Override
        public Map<String, Double> metrics(List<CaseResult> results) {
            Map<String, Double> m = Metrics.common(results);
            m.put("inventedPartners", Metrics.sum(results, "inventedPartners"));
            return m;
        }

        @Override
        public List<String> notices() {
            return List.of("judge skipped");
        }
    }

    @Test
    void runsCasesInParallelReportsProgressAndTurnsACrashIntoAFailedCase() {
        var suite = new Scripted();
        List<int[]> progress = Collections.synchronizedList(new ArrayList<>());
        RunResult run = SuiteRunner.runSuites(List.of(suite), new EvalRunner.Options("offline", 2, null),
                (done, total, failed) -> progress.add(new int[] {done, total, failed}));

        assertThat(run.cases()).isEqualTo(4);
        assertThat(run.passed()).isEqualTo(2);
        assertThat(run.failed()).isEqualTo(2);
        assertThat(run.notices()).containsExactly("judge skipped");
        assertThat(progress).hasSize(5).last().satisfies(p -> assertThat(p).containsExactly(4, 4, 2));
        assertThat(suite.threads).allMatch(t -> t.equals("eval-case"));
        Map<String, Double> metrics = run.suites().get(0).metrics();
        assertThat(metrics).containsEntry("passRate", 0.5).containsEntry("assert.mustMention", 2 / 3.0)
                .containsEntry("inventedPartners", 1.0).containsEntry("errors", 1.0).doesNotContainKey("assert.judge.relevance");
        CaseResult crashed = run.suites().get(0).cases().stream().filter(c -> c.id().equals("3")).findFirst().orElseThrow();
        assertThat(crashed.failures()).singleElement().satisfies(a -> assertThat(a.detail()).contains("assistant down"));

        // --only-failed: the failures read back from the JSON report, and only they run again
        Map<String, Set<String>> failed = JsonReport.failedCases(JsonReport.render(run));
        assertThat(failed).containsExactly(Map.entry("scripted", Set.of("1", "3")));
        RunResult again = SuiteRunner.runSuites(List.of(suite), new EvalRunner.Options("offline", 2, failed), EvalRunner.Progress.NONE);
        assertThat(again.cases()).isEqualTo(2);
        assertThat(again.notices()).anyMatch(n -> n.startsWith("Partial run"));
    }

    @Test
    void aMetricWorseThanItsToleranceIsARegressionInTheDirectionThatMatters() {
        RunResult run = SuiteRunner.runSuites(List.of(new Scripted()), EvalRunner.Options.of("offline"), EvalRunner.Progress.NONE);
        Baseline ok = Baseline.parse("""
                suites:
                  scripted:
                    passRate: {value: 0.52, tolerance: 0.05}
                    inventedPartners: {value: 1, tolerance: 0}
                    "assert.mustMention": .nan
                  other-suite:
                    passRate: 1
                """, "inline");
        Baseline.Comparison fine = ok.compare(run, "inline");
        assertThat(fine.regressions()).isEmpty();
        assertThat(fine.deltas()).hasSize(2); // NaN baselines hold nothing; suites that did not run are not compared

        Baseline strict = Baseline.parse("""
                suites:
                  scripted:
                    passRate: 0.6
                    inventedPartners: 0
                    "judge.faithfulness": 0.9
                """, "inline");
        Baseline.Comparison worse = strict.compare(run, "inline");
        assertThat(worse.regressions()).extracting(Baseline.Delta::metric, Baseline.Delta::change).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("passRate", Baseline.Change.REGRESSED),
                org.assertj.core.groups.Tuple.tuple("inventedPartners", Baseline.Change.REGRESSED), // lower is better
                org.assertj.core.groups.Tuple.tuple("judge.faithfulness", Baseline.Change.MISSING));
        assertThat(run.withComparison(worse).regressed()).isTrue();

        // writing a baseline keeps the tolerances already decided
        String written = Baseline.write(run, ok);
        assertThat(written).contains("\"passRate\": {value: 0.5000, tolerance: 0.0500}").contains("\"inventedPartners\": {value: 1, tolerance: 0}");
        assertThat(Baseline.parse(written, "written").compare(run, "written").regressions()).isEmpty();
        assertThatThrownBy(() -> Baseline.parse("suites: {s: {m: high}}", "bad")).hasMessageContaining("bad");
    }

    @Test
    void reportsEscapeAnswersAndShowNoticesFailuresAndCharts() {
        RunResult run = SuiteRunner.runSuites(List.of(new Scripted()), EvalRunner.Options.of("offline"), EvalRunner.Progress.NONE);
        run = run.withComparison(Baseline.parse("suites: {scripted: {passRate: 1}}", "b.yaml").compare(run, "b.yaml"));

        String html = HtmlReport.render(run, Map.of("scripted/passRate", List.of(new Reports.Point(run.startedAt(), 1),
                new Reports.Point(run.finishedAt(), 0.5))));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; answer")
                .contains("a &lt;b&gt;scripted&lt;/b&gt; suite").contains("REGRESSION against the baseline").contains("judge skipped")
                .contains("does not mention &quot;x&quot;").contains("class=\"spark\"").contains("<svg class=\"chart\"");
        String junit = JunitReport.render(run);
        assertThat(junit).contains("<testsuite name=\"scripted\" tests=\"4\" failures=\"2\"")
                .contains("<failure message=\"mustMention: does not mention &quot;x&quot;\"").doesNotContain("<script>");
    }
}
