package com.consort.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.eval.Assertion;
import com.consort.eval.Baseline;
import com.consort.eval.CaseResult;
import com.consort.eval.RunResult;
import com.consort.eval.SuiteResult;
import com.consort.eval.internal.report.RunReports;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored runs on both storage set-ups: progress, outcome, metric history and the last run's failures. */
class EvalRunStoreTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void storesRunsTheirMetricsHistoryAndFailures(String vendor) throws Exception {
        DataSource db = vendor.equals("h2") ? TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "store-"))
                : TestStorage.postgres();
        var store = new EvalRunStore(JdbcClient.create(db), new TransactionTemplate(new DataSourceTransactionManager(db)),
                new RunReports());

        for (int i = 0; i < 3; i++) {
            String id = "run-" + i;
            store.start(id, "offline", List.of("s"), "key:abc", false, 2);
            store.progress(id, 1, 2, 0);
            assertThat(store.find(id).orElseThrow()).satisfies(r -> {
                assertThat(r.status()).isEqualTo(EvalRunStore.Status.RUNNING);
                assertThat(r.doneCases()).isEqualTo(1);
            });
            boolean secondPasses = i < 2;
            var cases = List.of(
                    new CaseResult("s", "a", "q", "answer <b>", List.of(Assertion.passed("x")), Map.of(), 3),
                    new CaseResult("s", "b", "q", "answer", List.of(Assertion.check("x", secondPasses, "it's wrong")), Map.of(), 4));
            var run = new RunResult(id, Instant.parse("2026-01-0" + (i + 1) + "T10:00:00Z"), Instant.parse("2026-01-0" + (i + 1) + "T10:01:00Z"),
                    "offline", List.of(new SuiteResult("s", "assistant", "d", cases,
                            Map.of("passRate", secondPasses ? 1.0 : 0.5, "judge.relevance", Double.NaN))),
                    List.of(), new Baseline.Comparison("b.yaml", List.of()));
            store.finish(id, run);
            Thread.sleep(5); // distinct finish times
        }

        assertThat(store.list(10)).hasSize(3).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(EvalRunStore.Status.FINISHED);
            assertThat(r.regressions()).isZero();
            assertThat(r.startedBy()).isEqualTo("key:abc");
        });
        assertThat(store.find("run-2").orElseThrow().failedCases()).isEqualTo(1);
        assertThat(store.resultJson("run-1").orElseThrow()).contains("answer <b>");
        var history = store.history("s", 30).get("s/passRate");
        assertThat(history).extracting(p -> p.value()).containsExactly(1.0, 1.0, 0.5); // oldest first
        assertThat(store.history("s", 30)).doesNotContainKey("s/judge.relevance"); // NaN is not a value
        assertThat(store.lastFailures()).isEqualTo(Map.of("s", Set.of("b")));

        store.start("broken", "llm", List.of("s"), "cli", false, 0);
        store.fail("broken", "IllegalStateException: model down");
        assertThat(store.find("broken").orElseThrow().error()).contains("model down");
        assertThat(store.find("nope")).isEmpty();
    }
}
