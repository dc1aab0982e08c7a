package com.consort.server.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The second demo vendor (eval/datasets/corvane, written by other hands) imported into an empty server as a new user
 * would, and its retrieval and assistant suites run offline, against the brief's targets (recall@5 >= 0.95, nDCG@5 >=
 * 0.85, 0 constraint violations, 0 invented partners). The nDCG floor is above the target: it pins what was reached,
 * so that a change that reads this vendor's questions worse fails the build (docs/eval.md, "Other datasets").
 */
@TestPropertySource(properties = {"consort.data-dir=target/test-data/${random.uuid}", "consort.demo-data=false",
        "consort.eval.suites-dir=target/test-data/${random.uuid}-suites"})
class CorvaneEvalTest extends ImportedDatasetEval {

    static final Path DATASET = Path.of("../eval/datasets/corvane");

    // floors, not the targets: reached on 2026-12-07 (offline, embedded set-up) once the base vocabulary had general
    // words for specialisations ("security monitoring", "PCI", "a data breach"), a partner's name counted as its own
    // words and a short name ("SOC") as a whole word: recall@5 0.933, nDCG@5 0.941, 6 and 2 violations (before: 0.922,
    // 0.933, 15 and 7); 0.941 and 0.947 once each thing asked for that a partner's passages say added to its score;
    // 0.956 and 0.962 (PostgreSQL 0.961) and 4 violations once a story's industry line was read in general words and
    // "which partner did that for a hospital group?" was met by the story of the work, and the evaluator stopped
    // counting a partner the suite expects as breaking the case (CV-0114, "Aggregator", is the suite's "Regional
    // Aggregator"); 0.952, 0.959 and no violation in either suite, on both set-ups, once a word the partners of one
    // specialisation use for it ("recover", "tools they already run") was read as that specialisation (ProfileWords):
    // the brief's targets, so these are now the targets themselves
    static final double RECALL_FLOOR = 0.95;
    static final double NDCG_FLOOR = 0.95;
    static final int VIOLATIONS_CEILING = 0;
    static final int ASSISTANT_VIOLATIONS_CEILING = 0;

    @Test
    void theSecondVendorsSuitesHoldTheFloorReachedTowardsTheTargets() throws Exception {
        JsonNode json = importAndEval(DATASET, "documents", "195 imported", Path.of("target/eval-corvane"),
                "corvane-retrieval", "corvane-assistant");
        assertRetrievalFloor(json, "corvane-retrieval", RECALL_FLOOR, NDCG_FLOOR, VIOLATIONS_CEILING);
        JsonNode assistant = DemoEvalTest.suite(json, "corvane-assistant").path("metrics");
        assertThat(assistant.path("inventedPartners").asDouble()).isZero();
        assertThat(assistant.path("constraintViolations").asDouble()).isLessThanOrEqualTo(ASSISTANT_VIOLATIONS_CEILING);
    }
}
