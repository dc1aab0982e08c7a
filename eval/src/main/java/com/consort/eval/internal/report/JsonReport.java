package com.consort.eval.internal.report;

import com.consort.eval.RunResult;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The run as JSON (every case, assertion and metric); also read back to re-run the failures. */
public final class JsonReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    public static String render(RunResult run) {
        return JSON.writeValueAsString(run);
    }

    /** The failed cases of a run's JSON, by suite. */
    public static Map<String, Set<String>> failedCases(String json) {
        Map<String, Set<String>> failed = new LinkedHashMap<>();
        JsonNode root = JSON.readTree(json);
        for (JsonNode suite : root.path("suites")) {
            for (JsonNode c : suite.path("cases")) {
                boolean anyFailed = false;
                for (JsonNode a : c.path("assertions")) {
                    anyFailed |= "FAILED".equals(a.path("status").asString());
                }
                if (anyFailed) {
                    failed.computeIfAbsent(suite.path("suite").asString(), k -> new LinkedHashSet<>()).add(c.path("id").asString());
                }
            }
        }
        return failed;
    }
}
