package com.consort.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.eval.internal.report.HtmlReport;
import com.consort.eval.internal.report.JsonReport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Two runs side by side, the charts' axes, and expected-versus-got partners in the reports. */
class RunComparisonTest {

    private static CaseResult result(String id, boolean passes) {
        return new CaseResult("s", id, "q " + id, "a", List.of(Assertion.check("x", passes, "wrong")), Map.of(), 1,
                List.of("P1"), passes ? List.of("P1", "P2") : List.of("P3"));
    }

    private static RunResult run(String id, Map<String, Double> metrics, CaseResult... cases) {
        return new RunResult(id, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:01:00Z"), "offline",
                List.of(new SuiteResult("s", "retrieval", "d", List.of(cases), metrics)), List.of(), null);
    }

    private static Map<String, Double> metrics(double passRate, double violations) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("passRate", passRate);
        m.put("constraintViolations", violations);
        m.put("judge.relevance", Double.NaN);
        return m;
    }

    @Test
    void metricsGetTheirDirectionAndChangedCasesComeBrokenFirst() {
        RunResult base = run("a", metrics(0.5, 2), result("fixed", false), result("broken", true), result("same", true),
                result("stuck", false), result("gone", true));
        RunResult head = run("b", metrics(0.75, 3), result("fixed", true), result("broken", false), result("same", true),
                result("stuck", false), result("new", true));

        RunComparison c = RunComparison.of(base, head);

        assertThat(c.metrics()).extracting(RunComparison.MetricChange::metric, RunComparison.MetricChange::delta,
                RunComparison.MetricChange::direction).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("passRate", 0.25, RunComparison.Direction.BETTER),
                        // more violations is worse, though the number went up
                        org.assertj.core.groups.Tuple.tuple("constraintViolations", 1.0, RunComparison.Direction.WORSE),
                        // a metric neither run could compute has no value, not NaN (which JSON cannot carry)
                        org.assertj.core.groups.Tuple.tuple("judge.relevance", null, RunComparison.Direction.SAME));
        assertThat(c.cases()).extracting(RunComparison.CaseChange::id, RunComparison.CaseChange::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("broken", RunComparison.Change.BROKEN),
                org.assertj.core.groups.Tuple.tuple("fixed", RunComparison.Change.FIXED),
                org.assertj.core.groups.Tuple.tuple("new", RunComparison.Change.ADDED),
                org.assertj.core.groups.Tuple.tuple("gone", RunComparison.Change.REMOVED));
        assertThat(c.unchanged()).isEqualTo(2);
        assertThat(c.stillFailing()).isEqualTo(1);
        assertThat(RunComparison.of(head, head).cases()).isEmpty();
    }

    @Test
    void historyChartsStartAtZeroSoASteadyRateSitsAtTheTopOfAZeroToOneAxis() {
        var steady = List.of(new Reports.Point(Instant.parse("2026-01-01T10:00:00Z"), 1),
                new Reports.Point(Instant.parse("2026-01-03T10:00:00Z"), 1));
        String chart = HtmlReport.sparkline(steady);
        assertThat(HtmlReport.axisTop(steady)).isEqualTo(1);
        assertThat(chart).contains(">0</text>").contains(">0.500</text>").contains(">1</text>").doesNotContain("1.500")
                .contains(">2026-01-01</text>").contains(">2026-01-03</text>").contains("axis 0 to 1");
        // counts get an axis up to their largest value
        assertThat(HtmlReport.axisTop(List.of(new Reports.Point(Instant.EPOCH, 0), new Reports.Point(Instant.EPOCH, 2.5))))
                .isEqualTo(3);
    }

    @Test
    void reportsShowExpectedAndGotPartnersWithNamesAndOldRunsReadBackWithoutThem() {
        RunResult run = run("a", metrics(0.5, 0), result("one", false));
        String html = HtmlReport.render(run, Map.of(), Map.of("P1", "Acme <Partners>", "P3", "Beta"));
        assertThat(html).contains("<th>expected</th><th>got</th>").contains("Acme &lt;Partners&gt; <code>P1</code>")
                .contains("Beta <code>P3</code>");

        String json = JsonReport.render(run);
        RunResult back = JsonMapper.builder().build().readValue(json, RunResult.class);
        assertThat(back.suites().get(0).cases().get(0).gotPartners()).containsExactly("P3");
        // a run stored before cases named their partners
        String old = json.replaceAll("\"expectedPartners\"\\s*:\\s*\\[[^]]*\\],?", "").replaceAll(",?\\s*\"gotPartners\"\\s*:\\s*\\[[^]]*\\]", "");
        assertThat(old).doesNotContain("Partners\"");
        RunResult older = JsonMapper.builder().build().readValue(old, RunResult.class);
        assertThat(older.suites().get(0).cases().get(0).expectedPartners()).isEmpty();
        assertThat(older.suites().get(0).cases().get(0).status()).isEqualTo("failed");
    }
}
