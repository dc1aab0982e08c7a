package com.consort.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.testing.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP endpoint over plain HTTP, as a hostile client would use it: errors are small JSON-RPC errors
 * with no stack trace, and a session belongs to the key that opened it. Same configuration as
 * AccountsTest (one shared context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"consort.admin-api-key=" + McpSessionsTest.ADMIN_KEY, "consort.demo-data=false"})
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
class McpSessionsTest {

    static final String ADMIN_KEY = "test-admin-key-0123456789";
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},\
            "clientInfo":{"name":"probe","version":"1"}}}""";
    private static final String TOOLS = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, String body, String session) {
    }

    @Test
    void errorsArePlainJsonRpcErrorsWithoutStackTraces() throws Exception {
        String key = key("SELLER");
        String session = open(key);
        Answer[] errors = {
                mcp("POST", key, session, "{not json"),
                mcp("POST", key, null, TOOLS), // no session
                mcp("POST", key, "no-such-session", TOOLS),
                mcp("DELETE", key, "no-such-session", null),
                mcp("GET", key, "no-such-session", null),
                mcp("POST", key, session, "[1, 2"),
        };
        for (Answer answer : errors) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.contentType()).as(answer.body()).startsWith("application/json");
            assertThat(answer.body().length()).as(answer.body()).isLessThan(500);
            assertThat(answer.body()).doesNotContain("stackTrace").doesNotContain("at io.").doesNotContain("Exception");
            JsonNode json = JsonMapper.builder().build().readTree(answer.body());
            assertThat(json.get("jsonrpc").asString()).isEqualTo("2.0");
            assertThat(json.get("error").get("code").isInt()).isTrue();
            assertThat(json.get("error").get("message").asString()).isNotBlank();
        }
        assertThat(errors[2].status()).isEqualTo(404);
    }

    @Test
    void aSessionBelongsToTheKeyThatOpenedItAndAnyOtherKeyGets404() throws Exception {
        String owner = key("MARKETING");
        String other = key("SELLER");
        String session = open(owner);

        // another caller can neither end it, nor use it, nor listen on it: as if it did not exist
        assertThat(mcp("DELETE", other, session, null).status()).isEqualTo(404);
        assertThat(mcp("POST", other, session, TOOLS).status()).isEqualTo(404);
        assertThat(mcp("GET", other, session, null).status()).isEqualTo(404);
        // the owner's session is untouched
        Answer tools = mcp("POST", owner, session, TOOLS);
        assertThat(tools.status()).as(tools.body()).isEqualTo(200);
        assertThat(tools.body()).contains("draft_asset");

        assertThat(mcp("DELETE", owner, session, null).status()).isEqualTo(200);
        assertThat(mcp("POST", owner, session, TOOLS).status()).isEqualTo(404);
    }

    private String open(String key) throws Exception {
        Answer initialized = mcp("POST", key, null, INITIALIZE);
        assertThat(initialized.status()).as(initialized.body()).isEqualTo(200);
        assertThat(initialized.session()).isNotBlank();
        assertThat(mcp("POST", key, initialized.session(), "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")
                .status()).isEqualTo(202);
        return initialized.session();
    }

    private Answer mcp(String method, String key, String session, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mcp")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + key)
                .header("Accept", "GET".equals(method) ? "text/event-stream" : "application/json, text/event-stream")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                response.headers().firstValue("Mcp-Session-Id").orElse(null));
    }

    private String key(String role) throws Exception {
        var created = WebClient.bearer(port, "POST", "/api/admin/api-keys", ADMIN_KEY,
                "{\"name\":\"mcp probe\",\"role\":\"" + role + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("key").asString();
    }
}
