package com.consort.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.StorageKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the running server promises on either storage set-up: open health and API docs, and every
 * /api call authenticated by a hashed API key with a role, errors as problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"consort.admin-api-key=" + ServerContract.ADMIN_KEY, "consort.demo-data=false"})
abstract class ServerContract {

    static final String ADMIN_KEY = "test-admin-key-0123456789";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StorageKind storage;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    abstract StorageKind expectedStorage();

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    /** A multipart/form-data request with one file part and plain fields. */
    Response upload(String path, String key, String part, String fileName, byte[] content, String... fields)
            throws IOException, InterruptedException {
        return multipart("POST", path, key, part, fileName, content, fields);
    }

    Response multipart(String method, String path, String key, String part, String fileName, byte[] content,
            String... fields) throws IOException, InterruptedException {
        String boundary = "consort" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + key);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    Response call(String method, String path, String key, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    String createKey(String role, String partnerId) throws Exception {
        String partner = partnerId == null ? "" : ",\"partnerId\":\"" + partnerId + "\"";
        Response created = call("POST", "/api/admin/api-keys", ADMIN_KEY, "{\"name\":\"" + role + " key\",\"role\":\"" + role + "\"" + partner + "}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("key").asString();
    }

    @Autowired
    com.consort.server.config.ConsortProperties properties;

    /** A partner in the directory, for the partner keys these tests make (a key needs its partner to exist). */
    @org.junit.jupiter.api.BeforeEach
    void aPartner() throws Exception {
        Response imported = upload("/api/partners/import", ADMIN_KEY, "file", "partner.csv", ("id,name,type,tier,regions,countries,"
                + "languages,industries,specializations,integrations,description,status,satisfaction\n"
                + "SC1,Contract Test Partners Ltd,Reseller,Registered,EMEA,Ireland,English,Education,,,Contract tests.,inactive,3.0\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    @Test
    void runsOnTheExpectedStorage() throws Exception {
        assertThat(storage).isEqualTo(expectedStorage());
        if (storage == StorageKind.EMBEDDED) {
            assertThat(properties.dataDir()).isAbsolute();
            assertThat(properties.dataDir().resolve("consort.mv.db")).exists();
            assertThat(properties.dataDir().toString()).contains("test-data");
        }
    }

    @Test
    void healthApiDocsAndLandingPageAreOpen() throws Exception {
        Response health = call("GET", "/actuator/health", null, null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");

        Response docs = call("GET", "/v3/api-docs", null, null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/admin/api-keys")).isTrue();
        assertThat(docs.json().get("paths").has("/v1/chat/completions")).isTrue();
        assertThat(call("GET", "/swagger-ui.html", null, null).status()).isIn(200, 302);

        Response home = call("GET", "/", null, null);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains(">Consort</h1>").contains("offline mode");
    }

    @Test
    void apiWithoutAKeyOrWithAWrongKeyIs401ProblemJson() throws Exception {
        for (String key : new String[] {null, "not-a-key"}) {
            Response response = call("GET", "/api/me", key, null);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(401);
            assertThat(response.json().get("detail").asString()).containsIgnoringCase("API key");
        }
    }

    /** OpenAI clients parse {"error":{message,type,param,code}}: every /v1 error has that shape, whoever raises it. */
    @Test
    void openAiCompatibleEndpointsAnswerErrorsInTheOpenAiShape() throws Exception {
        String seller = createKey("SELLER", null);
        String chat = "{\"model\":\"consort-partner-finder\",\"messages\":[{\"role\":\"user\",\"content\":\"%s\"}]}";
        Object[][] cases = {
                // status, method, path, key, body, type, param
                {401, "GET", "/v1/models", null, null, "authentication_error", null},
                {401, "GET", "/v1/models", "not-a-key", null, "authentication_error", null},
                {403, "GET", "/v1/models", createKey("PARTNER", "SC1"), null, "permission_error", null},
                {404, "GET", "/v1/models/gpt-4o", seller, null, "not_found_error", "model"},
                {404, "GET", "/v1/nothing-here", seller, null, "not_found_error", null},
                {405, "DELETE", "/v1/models", seller, null, "invalid_request_error", null},
                {400, "POST", "/v1/chat/completions", seller, "{not json", "invalid_request_error", null},
                {400, "POST", "/v1/chat/completions", seller, "{\"model\":\"consort-partner-finder\",\"messages\":[]}",
                        "invalid_request_error", "messages"},
                {400, "POST", "/v1/chat/completions", seller, chat.formatted(" "), "invalid_request_error", null},
                {400, "POST", "/v1/chat/completions", seller, chat.formatted("x".repeat(2001)), "invalid_request_error", null},
        };
        for (Object[] c : cases) {
            Response response = call((String) c[1], (String) c[2], (String) c[3], (String) c[4]);
            String what = c[1] + " " + c[2] + " -> " + response.body();
            assertThat(response.status()).as(what).isEqualTo(c[0]);
            assertThat(response.contentType()).as(what).startsWith("application/json");
            JsonNode error = response.json().get("error");
            assertThat(error.get("type").asString()).as(what).isEqualTo(c[5]);
            assertThat(error.get("message").asString()).as(what).isNotBlank();
            assertThat(error.has("param") && error.has("code")).as(what).isTrue();
            if (c[6] != null) {
                assertThat(error.get("param").asString()).as(what).isEqualTo(c[6]);
            }
        }
        // the MCP endpoint is an API like the others: no key, no entry
        Response mcp = call("POST", "/mcp", null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        assertThat(mcp.status()).isEqualTo(401);
        assertThat(mcp.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aKeyWithTheWrongRoleIs403ProblemJson() throws Exception {
        String seller = createKey("SELLER", null);

        assertThat(call("GET", "/api/me", seller, null).json().get("role").asString()).isEqualTo("SELLER");
        Response forbidden = call("GET", "/api/admin/api-keys", seller, null);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(forbidden.json().get("title").asString()).isEqualTo("Forbidden");
    }

    @Test
    void keysAreStoredHashedShownOnceAndCanBeRevoked() throws Exception {
        String partner = createKey("PARTNER", "SC1");
        Response me = call("GET", "/api/me", partner, null);
        assertThat(me.json().get("partnerId").asString()).isEqualTo("SC1");

        assertThat(jdbc.sql("SELECT count(*) FROM api_key WHERE key_hash = ?").param(partner).query(Integer.class).single()).isZero();
        Response list = call("GET", "/api/admin/api-keys", ADMIN_KEY, null);
        assertThat(list.body()).doesNotContain(partner).contains("SC1");

        String id = me.json().get("keyId").asString();
        assertThat(call("DELETE", "/api/admin/api-keys/" + id, ADMIN_KEY, null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/me", partner, null).status()).isEqualTo(401);
        assertThat(call("DELETE", "/api/admin/api-keys/" + id, ADMIN_KEY, null).status()).isEqualTo(404);
    }

    @Test
    void invalidKeyRequestsAre400ProblemJson() throws Exception {
        Response noPartner = call("POST", "/api/admin/api-keys", ADMIN_KEY, "{\"name\":\"p\",\"role\":\"PARTNER\"}");
        assertThat(noPartner.status()).isEqualTo(400);
        assertThat(noPartner.contentType()).startsWith("application/problem+json");
        assertThat(noPartner.json().get("detail").asString()).contains("partnerId");

        // a partner's key is for a partner in the directory, as a partner's user is; other roles have none
        Response unknownPartner = call("POST", "/api/admin/api-keys", ADMIN_KEY, "{\"name\":\"p\",\"role\":\"PARTNER\",\"partnerId\":\"P9999\"}");
        assertThat(unknownPartner.status()).isEqualTo(400);
        assertThat(unknownPartner.json().get("detail").asString()).contains("P9999");
        assertThat(call("POST", "/api/admin/api-keys", ADMIN_KEY, "{\"name\":\"s\",\"role\":\"SELLER\",\"partnerId\":\"SC1\"}")
                .status()).isEqualTo(400);

        Response badRole = call("POST", "/api/admin/api-keys", ADMIN_KEY, "{\"name\":\"x\",\"role\":\"KING\"}");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(call("POST", "/api/admin/api-keys", ADMIN_KEY, "{\"role\":\"SELLER\"}").status()).isEqualTo(400);
        assertThat(call("POST", "/api/admin/api-keys", ADMIN_KEY, "{not json").status()).isEqualTo(400);
    }
}
