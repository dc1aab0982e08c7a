package com.consort.server.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.testing.PostgresProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The second demo vendor's suites on the PostgreSQL set-up ({@link CorvaneEvalTest} runs them embedded): its keyword
 * search, its partner filter (sets of holders) and its term statistics differ, and the brief's targets hold on both.
 */
@TestPropertySource(properties = {"consort.data-dir=target/test-data/${random.uuid}", "consort.demo-data=false",
        "consort.eval.suites-dir=target/test-data/${random.uuid}-suites"})
class PostgresCorvaneEvalTest extends ImportedDatasetEval {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.freshDatabase(registry);
    }

    @Test
    void theSecondVendorsSuitesMeetTheTargetsOnPostgres() throws Exception {
        JsonNode json = importAndEval(CorvaneEvalTest.DATASET, "documents", "195 imported", Path.of("target/eval-corvane-postgres"),
                "corvane-retrieval", "corvane-assistant");
        assertRetrievalFloor(json, "corvane-retrieval", CorvaneEvalTest.RECALL_FLOOR, CorvaneEvalTest.NDCG_FLOOR,
                CorvaneEvalTest.VIOLATIONS_CEILING);
        JsonNode assistant = DemoEvalTest.suite(json, "corvane-assistant").path("metrics");
        assertThat(assistant.path("inventedPartners").asDouble()).isZero();
        assertThat(assistant.path("constraintViolations").asDouble()).isLessThanOrEqualTo(CorvaneEvalTest.ASSISTANT_VIOLATIONS_CEILING);
    }
}
