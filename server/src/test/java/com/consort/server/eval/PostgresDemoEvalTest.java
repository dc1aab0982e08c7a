package com.consort.server.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.DemoServerTest;
import com.consort.server.bulk.DemoDataLoader;
import com.consort.server.testing.PostgresProperties;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's retrieval and assistant suites on the PostgreSQL set-up, the one a large deployment runs:
 * its keyword search (tsvector, ts_rank, term statistics) differs from the embedded BM25, so the
 * product targets are checked here too, with the term statistics the demo import refreshed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"consort.demo-data=true", "consort.data-dir=target/test-data/${random.uuid}"})
class PostgresDemoEvalTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.freshDatabase(registry);
    }

    @Autowired
    DemoDataLoader loader;
    @Autowired
    EvalRuns runs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRetrievalAndAssistantSuitesMeetTheProductTargetsOnPostgres() throws Exception {
        DemoServerTest.awaitDemoData(loader);
        // the import refreshed the planner's statistics (ANALYZE), without waiting for autovacuum
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_stats WHERE schemaname = current_schema()"
                + " AND tablename = 'chunk' AND attname = 'tsv' AND most_common_elems IS NOT NULL", Integer.class)).isOne();

        Path out = Path.of("target/eval-postgres");
        var console = new ByteArrayOutputStream();
        int exit = EvalCommand.run(EvalCommand.parse(new String[] {"eval", "--suite", "retrieval-demo", "--suite", "assistant-demo",
                "--out", out.toString()}), runs, new PrintStream(console, true, StandardCharsets.UTF_8));
        System.out.println(console.toString(StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(out.resolve("results.json")));
        JsonNode retrieval = DemoEvalTest.suite(results, "retrieval-demo").path("metrics");
        assertThat(retrieval.path("recall@5").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(retrieval.path("ndcg@5").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(retrieval.path("constraintViolations").asDouble()).isZero();
        assertThat(retrieval.path("passRate").asDouble()).isEqualTo(1.0);
        JsonNode assistant = DemoEvalTest.suite(results, "assistant-demo").path("metrics");
        assertThat(assistant.path("passRate").asDouble()).isEqualTo(1.0);
        assertThat(assistant.path("inventedPartners").asDouble()).isZero();
        assertThat(assistant.path("constraintViolations").asDouble()).isZero();
    }
}
