package com.consort.server.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.BulkImport;
import com.consort.server.bulk.ImportCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset of eval/datasets imported into an empty server as a new user would, and its suites run offline. Each
 * subclass gives its own {@code consort.data-dir}: with the same properties Spring would share one context, and one
 * database, between two datasets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ImportedDatasetEval {

    @Autowired
    BulkImport bulkImport;
    @Autowired
    EvalRuns runs;

    /** Imports the dataset, with nothing rejected or failed, and runs the suites; returns the results. */
    JsonNode importAndEval(Path dataset, String documents, String imported, Path results, String... suites) throws Exception {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ImportCommand.run(ImportCommand.parse(new String[] {"import", "--partners", dataset.resolve("partners.csv").toString(),
                "--documents", dataset.resolve(documents).toString()}), bulkImport, out);
        System.out.println(bytes.toString(StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(imported).contains("0 rejected").contains("0 failed");

        bytes.reset();
        List<String> args = new ArrayList<>(List.of("eval"));
        for (String suite : suites) {
            args.addAll(List.of("--suite", "../eval/suites/" + suite + ".yaml"));
        }
        args.addAll(List.of("--out", results.toString()));
        EvalCommand.run(EvalCommand.parse(args.toArray(String[]::new)), runs, out);
        System.out.println(bytes.toString(StandardCharsets.UTF_8));
        return JsonMapper.builder().build().readTree(Files.readString(results.resolve("results.json")));
    }

    /** The retrieval suite's recall@5 and nDCG@5 at least at their floors, its constraint violations at most so many. */
    static void assertRetrievalFloor(JsonNode results, String suite, double recall, double ndcg, int violations) {
        JsonNode metrics = DemoEvalTest.suite(results, suite).path("metrics");
        assertThat(metrics.path("recall@5").asDouble()).isGreaterThanOrEqualTo(recall);
        assertThat(metrics.path("ndcg@5").asDouble()).isGreaterThanOrEqualTo(ndcg);
        assertThat(metrics.path("constraintViolations").asDouble()).isLessThanOrEqualTo(violations);
    }
}
