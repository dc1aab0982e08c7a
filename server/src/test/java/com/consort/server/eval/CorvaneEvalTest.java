package com.consort.server.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.BulkImport;
import com.consort.server.bulk.ImportCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second demo vendor (eval/datasets/corvane, written by other hands) imported into an empty server as a new user
 * would, and its retrieval and assistant suites run offline. The brief's targets (recall@5 >= 0.95, nDCG@5 >= 0.85,
 * 0 constraint violations, 0 invented partners) are not reached yet: this test pins the FLOOR reached so far, so that a
 * change that reads this vendor's questions worse fails the build. Raise the floors as the figures improve; the targets
 * are what the floors move towards (docs/eval.md, "Other datasets").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = {"consort.data-dir=target/test-data/${random.uuid}", "consort.demo-data=false",
        "consort.eval.suites-dir=target/test-data/${random.uuid}-suites"})
class CorvaneEvalTest {

    static final Path DATASET = Path.of("../eval/datasets/corvane");

    // floors, not the targets: reached on 2026-12-06 (offline, embedded set-up) with partner search fusing its legs by
    // score: recall@5 0.885, nDCG@5 0.897, 15 and 7 violations. The 15th is fit-distributors listing CV-0114, which the
    // case expects although its own constraint (type Regional Aggregator) forbids it: the directory spells its type
    // "Aggregator" (left as the suite was written)
    static final double RECALL_FLOOR = 0.88;
    static final double NDCG_FLOOR = 0.89;
    static final int VIOLATIONS_CEILING = 15;
    static final int ASSISTANT_VIOLATIONS_CEILING = 7;

    @Autowired
    BulkImport bulkImport;
    @Autowired
    EvalRuns runs;

    @Test
    void theSecondVendorsSuitesHoldTheFloorReachedTowardsTheTargets() throws Exception {
        JsonNode json = importAndEval(bulkImport, runs, DATASET, "documents", "195 imported", Path.of("target/eval-corvane"),
                "corvane-retrieval", "corvane-assistant");
        JsonNode retrieval = DemoEvalTest.suite(json, "corvane-retrieval").path("metrics");
        assertThat(retrieval.path("recall@5").asDouble()).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(retrieval.path("ndcg@5").asDouble()).isGreaterThanOrEqualTo(NDCG_FLOOR);
        assertThat(retrieval.path("constraintViolations").asDouble()).isLessThanOrEqualTo(VIOLATIONS_CEILING);
        JsonNode assistant = DemoEvalTest.suite(json, "corvane-assistant").path("metrics");
        assertThat(assistant.path("inventedPartners").asDouble()).isZero();
        assertThat(assistant.path("constraintViolations").asDouble()).isLessThanOrEqualTo(ASSISTANT_VIOLATIONS_CEILING);
    }

    /**
     * Imports a dataset into the (empty) server as a new user would, with nothing rejected or failed, and runs its
     * suites offline; returns the results.
     */
    static JsonNode importAndEval(BulkImport bulkImport, EvalRuns runs, Path dataset, String documents, String imported,
            Path results, String... suites) throws Exception {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ImportCommand.run(ImportCommand.parse(new String[] {"import", "--partners", dataset.resolve("partners.csv").toString(),
                "--documents", dataset.resolve(documents).toString()}), bulkImport, out);
        System.out.println(bytes.toString(StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(imported).contains("0 rejected").contains("0 failed");

        bytes.reset();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("eval"));
        for (String suite : suites) {
            args.addAll(java.util.List.of("--suite", "../eval/suites/" + suite + ".yaml"));
        }
        args.addAll(java.util.List.of("--out", results.toString()));
        EvalCommand.run(EvalCommand.parse(args.toArray(String[]::new)), runs, out);
        System.out.println(bytes.toString(StandardCharsets.UTF_8));
        return JsonMapper.builder().build().readTree(Files.readString(results.resolve("results.json")));
    }
}
