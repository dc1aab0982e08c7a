package com.consort.server.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.testing.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Over HTTP a suite is a name from the catalogue: a path to a file (absolute, relative, or climbing out
 * with ..) is refused without being read, and no error quotes a file. Same configuration as AccountsTest
 * (one shared context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"consort.admin-api-key=" + EvalSuitesOverHttpTest.ADMIN_KEY, "consort.demo-data=false"})
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
class EvalSuitesOverHttpTest {

    static final String ADMIN_KEY = "test-admin-key-0123456789";

    @LocalServerPort
    int port;
    @TempDir
    Path folder;

    @Test
    void anEvaluatorCannotMakeTheServerReadAFileByNamingItAsASuite() throws Exception {
        String evaluator = WebClient.bearer(port, "POST", "/api/admin/api-keys", ADMIN_KEY,
                "{\"name\":\"eval\",\"role\":\"EVALUATOR\"}").json().get("key").asString();
        // not a suite, and the parser's message would quote the line with the password
        Path secrets = Files.writeString(folder.resolve("secrets.yml"), "suite: x\ncases: []\ndb_password: hunter2-secret: x\n");
        // a valid suite: still not read over HTTP
        Path suite = Files.writeString(folder.resolve("mine.yaml"), "suite: mine\nkind: retrieval\ncases: []\n");
        String relative = "../".repeat(12) + secrets.toString().substring(1);
        for (String named : new String[] {secrets.toString(), suite.toString(), relative, "eval/suites/retrieval-demo.yaml"}) {
            var response = WebClient.bearer(port, "POST", "/api/eval/runs", evaluator, "{\"suites\":[\"" + named + "\"]}");
            assertThat(response.status()).as(named + ": " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).as(named).contains("No suite named")
                    .doesNotContain("hunter2").doesNotContain("db_password");
        }
        // a name from the catalogue is what the API takes
        var known = WebClient.bearer(port, "GET", "/api/eval/suites", evaluator, null);
        assertThat(known.status()).isEqualTo(200);
        assertThat(known.body()).doesNotContain("\"mine\"");
    }
}
