package com.consort.server.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.assistant.Assistant;
import com.consort.eval.EvalRunStore;
import com.consort.eval.EvalRunner;
import com.consort.eval.Reports;
import com.consort.prompts.PromptRegistry;
import com.consort.server.DemoServerTest;
import com.consort.server.browser.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.task.TaskExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CI gate: the demo suites run in offline mode against the demo ecosystem and must not regress
 * against the committed baseline (eval/baselines/demo.yaml); a deliberately worse configuration must
 * be caught. Also the runner's web API, and the HTML report in a real browser (the evaluator's pages:
 * EvaluatorBrowserTest).
 */
class DemoEvalTest extends DemoServerTest {

    static final Path BASELINE = Path.of("../eval/baselines/demo.yaml");

    @Autowired
    EvalRuns runs;
    @Autowired
    EvalTargets targets;
    @Autowired
    EvalRunStore store;
    @Autowired
    EvalSettings settings;
    @Autowired
    ConfigurableApplicationContext context;
    @LocalServerPort
    int port;
    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void demo() throws InterruptedException {
        awaitDemoData();
    }

    record Outcome(int exit, String console) {
    }

    private Outcome cli(String... args) {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = EvalCommand.run(EvalCommand.parse(args), runs, out);
        String console = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(console);
        return new Outcome(exit, console);
    }

    @Test
    void theDemoSuitesPassTheGateAndTheReportRendersInABrowser() throws Exception {
        Path out = Path.of("target/eval");
        // the demo suites by name: eval/suites also holds suites of other datasets (corvane-*, cncf-*), which need their own data
        Outcome gate = cli("eval", "--suite", "retrieval-demo", "--suite", "assistant-demo", "--suite", "content-demo",
                "--baseline", BASELINE.toString(), "--out", out.toString());

        assertThat(gate.exit()).as("regression against %s", BASELINE).isZero();
        assertThat(gate.console()).contains("cases [##############################]").contains("0 regressed")
                .contains("retrieval-demo (retrieval)").contains("assistant-demo (assistant)").contains("content-demo (content)")
                // the real assistant and content studio answered: no suite was skipped
                .contains("90 cases").contains(", 0 skipped").doesNotContain("so every case was SKIPPED");
        // the product targets, on top of the baseline
        var results = JsonMapper.builder().build().readTree(Files.readString(out.resolve("results.json")));
        JsonNode retrieval = suite(results, "retrieval-demo").path("metrics");
        assertThat(retrieval.path("recall@5").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(retrieval.path("ndcg@5").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(retrieval.path("constraintViolations").asDouble()).isZero();
        assertThat(Files.readString(out.resolve("junit.xml"))).contains("<testsuite name=\"retrieval-demo\" tests=\"64\"");

        Path report = out.resolve("report.html");
        String html = Files.readString(report);
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://").contains("<svg");
        try (var browser = HeadlessChromium.start()) {
            browser.driver().get(report.toAbsolutePath().toUri().toString());
            assertThat(browser.driver().getTitle()).startsWith("Consort eval report");
            assertThat(browser.driver().findElement(By.id("verdict")).getText()).contains("No regression against the baseline");
            assertThat(browser.driver().findElements(By.cssSelector("svg.chart")).size()).isGreaterThanOrEqualTo(2);
            assertThat(browser.driver().findElements(By.cssSelector("table.cases tr.passed")).size()).isGreaterThanOrEqualTo(60);
            var bar = browser.driver().findElement(By.cssSelector("svg.chart rect"));
            assertThat(bar.getSize().getWidth()).isGreaterThan(100); // the chart is drawn, not just present
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(browser.screenshotPng()));
            assertThat(shot.getWidth()).isGreaterThan(600);
            Files.write(out.resolve("report.png"), browser.screenshotPng());
        }
    }

    @Test
    void keywordOnlyRetrievalIsCaughtByTheGate() {
        Outcome worse = cli("eval", "--suite", "retrieval-demo", "--retrieval", "keyword", "--baseline", BASELINE.toString(),
                "--out", work.resolve("keyword").toString());

        assertThat(worse.exit()).isEqualTo(1);
        assertThat(worse.console()).contains("REGRESSION retrieval-demo").contains("Retrieval limited to keyword");
    }

    @Test
    void aPromptEditedToDropCitationsIsCaughtByTheGate() throws Exception {
        // the packaged programme answer template with its citation markers removed, in a prompts override folder
        Path overrides = Files.createDirectories(work.resolve("prompts/assistant"));
        String original;
        try (var in = getClass().getClassLoader().getResourceAsStream("prompts/assistant/programme.ftl")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String edited = original.replace(" ${s.cite}", "");
        assertThat(edited).isNotEqualTo(original);
        Files.writeString(overrides.resolve("programme.ftl"), edited);

        // the same server's assistant, built over the edited prompts (as consort.prompts-dir would), in a child context
        try (var child = new AnnotationConfigApplicationContext()) {
            child.setParent(context);
            child.registerBean("promptRegistry", PromptRegistry.class, () -> PromptRegistry.load(overrides.getParent()));
            child.scan("com.consort.assistant"); // the assistant module, found as the server finds it: by its package
            child.refresh();
            var withEditedPrompt = new EvalRuns(targets.withAssistant(new AssistantAdapter(child.getBean(Assistant.class))), store, settings,
                    context.getBean("applicationTaskExecutor", TaskExecutor.class), context.getBean(EvalRunner.Factory.class),
                    context.getBean(Reports.class));

            var bytes = new ByteArrayOutputStream();
            int exit = EvalCommand.run(EvalCommand.parse(new String[] {"eval", "--suite", "assistant-demo", "--baseline",
                    BASELINE.toString(), "--out", work.resolve("edited").toString()}), withEditedPrompt,
                    new PrintStream(bytes, true, StandardCharsets.UTF_8));
            String console = bytes.toString(StandardCharsets.UTF_8);
            System.out.println(console);

            assertThat(exit).isEqualTo(1);
            assertThat(console).contains("REGRESSION assistant-demo assert.citesProgrammeDoc")
                    .contains("no programme document cited in the text");
        }
    }

    @Test
    void onlyFailedReRunsTheFailuresOfTheLastRun() throws Exception {
        Path suite = Files.writeString(work.resolve("tiny.yaml"), """
                suite: tiny
                k: 5
                cases:
                  - id: right
                    question: "Which partner helped a brewery cut unplanned downtime?"
                    expected: [P0328]
                  - id: wrong
                    question: "Which partner helped a brewery cut unplanned downtime?"
                    expected: [P0001]
                """);
        Path out = work.resolve("tiny-out");
        Outcome first = cli("eval", "--suite", suite.toString(), "--out", out.toString());
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.console()).contains("2 cases, 1 passed, 1 failed").contains("FAILED wrong: expectedFound: missed [P0001]");

        Outcome again = cli("eval", "--suite", suite.toString(), "--only-failed", "--out", out.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.console()).contains("1 cases, 0 passed, 1 failed").contains("Partial run");
    }

    @Test
    void evaluatorsStartRunsFollowProgressAndReadReportsAndHistoryOverTheApi() throws Exception {
        String evaluator = createKey("EVALUATOR");
        String seller = createKey("SELLER");
        assertThat(call("GET", "/api/eval/suites", seller, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/eval/suites", null, null).statusCode()).isEqualTo(401);

        JsonNode suites = json(call("GET", "/api/eval/suites", evaluator, null));
        assertThat(suites.findValuesAsString("name")).contains("retrieval-demo", "assistant-demo", "content-demo");
        var bad = call("POST", "/api/eval/runs", evaluator, "{\"suites\":[\"nope\"]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(call("POST", "/api/eval/runs", evaluator, "{\"mode\":\"llm\"}").statusCode()).isEqualTo(400); // no model here
        assertThat(call("GET", "/api/eval/runs/no-such-run", evaluator, null).statusCode()).isEqualTo(404);

        List<String> ids = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // two runs make a history
            var started = call("POST", "/api/eval/runs", evaluator, "{\"suites\":[\"retrieval-demo\"]}");
            assertThat(started.statusCode()).isEqualTo(202);
            String id = json(started).path("id").asString();
            ids.add(id);
            if (round == 0) {
                // one run at a time: a second start (a double click, another tab) is refused and names the run in progress
                var second = call("POST", "/api/eval/runs", evaluator, "{\"suites\":[\"retrieval-demo\"]}");
                assertThat(second.statusCode()).isEqualTo(409);
                assertThat(second.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(json(second).path("runId").asString()).isEqualTo(id);
                assertThat(call("GET", "/api/eval/runs/" + id + "/result", evaluator, null).statusCode()).isEqualTo(404); // not finished
            }
            JsonNode run = json(call("GET", "/api/eval/runs/" + id, evaluator, null));
            for (int i = 0; i < 600 && run.path("status").asString().equals("RUNNING"); i++) {
                Thread.sleep(100);
                run = json(call("GET", "/api/eval/runs/" + id, evaluator, null));
            }
            assertThat(run.path("status").asString()).isEqualTo("FINISHED");
            assertThat(run.path("doneCases").asInt()).isEqualTo(64);
            assertThat(run.path("regressions").asInt()).isZero();
            assertThat(run.path("startedBy").asString()).startsWith("key:");
            assertThat(run.path("startedByName").asString()).isEqualTo("EVALUATOR eval (API key)");
            var report = call("GET", "/api/eval/runs/" + id + "/report", evaluator, null);
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
            assertThat(report.body()).contains("retrieval-demo").contains("<svg").contains("<th>expected</th><th>got</th>");
        }
        JsonNode history = json(call("GET", "/api/eval/history?suite=retrieval-demo", evaluator, null));
        assertThat(history.path("retrieval-demo/mrr").size()).isGreaterThanOrEqualTo(2);

        // the report as data: metrics against the baseline, cases failures first, expected and got partners by name
        JsonNode result = json(call("GET", "/api/eval/runs/" + ids.get(1) + "/result", evaluator, null));
        JsonNode retrieval = result.path("suites").get(0);
        assertThat(retrieval.path("suite").asString()).isEqualTo("retrieval-demo");
        assertThat(result.path("baselineFile").asString()).contains("demo.yaml");
        assertThat(retrieval.path("metrics").findValuesAsString("name")).contains("passRate", "mrr", "constraintViolations");
        JsonNode fit001 = null;
        List<String> statuses = new ArrayList<>();
        for (JsonNode c : retrieval.path("cases")) {
            statuses.add(c.path("status").asString());
            if (c.path("id").asString().equals("fit-001")) {
                fit001 = c;
            }
        }
        assertThat(statuses).isSortedAccordingTo(java.util.Comparator.comparing((String st) -> !st.equals("failed")));
        assertThat(fit001).isNotNull();
        assertThat(fit001.path("expected").findValuesAsString("id")).containsExactly("P0192", "P0055");
        assertThat(fit001.path("expected").get(0).path("name").asString()).isNotBlank().isNotEqualTo("P0192");
        assertThat(fit001.path("got").size()).isGreaterThanOrEqualTo(1);

        // two runs side by side: the same configuration twice changes no case
        JsonNode compared = json(call("GET", "/api/eval/compare?base=" + ids.get(0) + "&head=" + ids.get(1), evaluator, null));
        assertThat(compared.path("base").path("id").asString()).isEqualTo(ids.get(0));
        assertThat(compared.path("cases").size()).isZero();
        assertThat(compared.path("unchanged").asInt()).isEqualTo(64);
        assertThat(compared.path("metrics").findValuesAsString("direction")).containsOnly("SAME");
        var unknown = call("GET", "/api/eval/compare?base=" + ids.get(0) + "&head=no-such-run", evaluator, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(call("GET", "/api/eval/compare?base=" + ids.get(0), evaluator, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/eval/compare?base=" + ids.get(0) + "&head=" + ids.get(1), seller, null).statusCode()).isEqualTo(403);
    }

    static JsonNode suite(JsonNode results, String name) {
        for (JsonNode s : results.path("suites")) {
            if (s.path("suite").asString().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no suite " + name);
    }

    private String createKey(String role) throws Exception {
        var created = call("POST", "/api/admin/api-keys", ADMIN_KEY, "{\"name\":\"" + role + " eval\",\"role\":\"" + role + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created).path("key").asString();
    }

    private JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    private HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
