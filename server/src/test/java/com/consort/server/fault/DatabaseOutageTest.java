package com.consort.server.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL goes away during document ingest or chat and comes back: requests get a clear 503 while it is
 * gone, the same server recovers by itself, and no document is ever left half-indexed. The outage is a
 * proxy between the server and the database dropping every connection and refusing new ones, which
 * is what the server sees when the database stops; it can also strike inside the ingest transaction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"consort.admin-api-key=" + DatabaseOutageTest.ADMIN_KEY, "consort.demo-data=false"})
class DatabaseOutageTest {

    static final String ADMIN_KEY = "outage-admin-key-0123456789";
    private static CuttableProxy proxy;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        PostgresTestDatabase.Database db = PostgresTestDatabase.server().createDatabase();
        URI target = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        proxy = new CuttableProxy(target.getHost(), target.getPort());
        // prepareThreshold=0: every statement carries its SQL text, which the proxy's trigger looks for
        registry.add("spring.datasource.url",
                () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath() + "?prepareThreshold=0");
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @AfterAll
    static void stopProxy() throws Exception {
        proxy.close();
    }

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    @Test
    void ingestDuringAnOutageIs503AndRecoversWithoutARestartLeavingNothingHalfIndexed() throws Exception {
        assertThat(upload(story("Alder", 1)).status()).isEqualTo(201);
        int documents = count("SELECT count(*) FROM document");

        // the database dies while the ingest transaction writes its chunks
        CountDownLatch cut = proxy.cutOn("INSERT INTO chunk (");
        Response midway = upload(story("Birch", 12));
        assertThat(cut.await(0, TimeUnit.SECONDS)).as("the outage struck inside the transaction").isTrue();
        assertRetryable503(midway);

        // while it is gone, uploads and searches fail fast and clearly
        long start = System.nanoTime();
        assertRetryable503(upload(story("Cedar", 2)));
        assertRetryable503(call("POST", "/api/knowledge/search", "{\"query\":\"Birch roll-out\"}"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

        // it comes back; the same server recovers without a restart
        proxy.restore();
        Response retried = null;
        for (int i = 0; i < 30 && (retried == null || retried.status() == 503); i++) {
            retried = upload(story("Birch", 12));
            if (retried.status() == 503) {
                Thread.sleep(500);
            }
        }
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.json().get("chunkCount").asInt()).isGreaterThan(1);
        assertThat(upload(story("Cedar", 2)).status()).isEqualTo(201);

        // nothing half-indexed: the interrupted attempt left no trace, every document is whole
        assertThat(count("SELECT count(*) FROM document")).isEqualTo(documents + 2);
        assertThat(count("SELECT count(*) FROM document WHERE title LIKE 'Birch%'")).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM document d WHERE d.status = 'INDEXED'
                   AND (d.chunk_count <> (SELECT count(*) FROM chunk c WHERE c.document_id = d.id)
                     OR d.chunk_count <> (SELECT count(*) FROM chunk_vector v WHERE v.document_id = d.id))""")).isZero();
        assertThat(count("SELECT count(*) FROM chunk c WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.id = c.document_id)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM chunk_vector v WHERE NOT EXISTS (SELECT 1 FROM chunk c WHERE c.id = v.chunk_id)"))
                .isZero();
        Response hits = call("POST", "/api/knowledge/search", "{\"query\":\"Birch paragraph seven\",\"mode\":\"KEYWORD\"}");
        assertThat(hits.status()).isEqualTo(200);
        assertThat(hits.json().get(0).get("documentId").asString()).as(hits.body()).isEqualTo(retried.json().get("id").asString());
    }

    @Test
    void chatDuringAnOutageIs503AndTheConversationGoesOnAfterwardsWithEveryExchangeWhole() throws Exception {
        assertThat(upload(story("Aspen", 1)).status()).isEqualTo(201);
        String id = call("POST", "/api/assistant/conversations", "").json().get("id").asString();
        String question = "{\"text\":\"Who moved projects onto Orbitly?\"}";
        assertThat(call("POST", "/api/assistant/conversations/" + id + "/messages", question).status()).isEqualTo(200);

        // the database dies while the exchange is being saved, between the count and the messages
        CountDownLatch cut = proxy.cutOn("INSERT INTO assistant_message");
        Response midway = call("POST", "/api/assistant/conversations/" + id + "/messages", question);
        assertThat(cut.await(0, TimeUnit.SECONDS)).as("the outage struck inside the transaction").isTrue();
        assertRetryable503(midway);

        // while it is gone, chat fails fast and clearly
        long start = System.nanoTime();
        assertRetryable503(call("POST", "/api/assistant/conversations/" + id + "/messages", question));
        assertRetryable503(call("POST", "/api/assistant/conversations", ""));
        assertRetryable503(call("GET", "/api/assistant/conversations/" + id, ""));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

        // back again: the same conversation answers without a restart
        proxy.restore();
        Response retried = null;
        for (int i = 0; i < 30 && (retried == null || retried.status() == 503); i++) {
            retried = call("POST", "/api/assistant/conversations/" + id + "/messages", "{\"text\":\"only the ones in Germany\"}");
            if (retried.status() == 503) {
                Thread.sleep(500);
            }
        }
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);

        // the interrupted exchange left nothing: two whole exchanges, user and assistant in turn
        JsonNode messages = call("GET", "/api/assistant/conversations/" + id, "").json().get("messages");
        assertThat(messages).hasSize(4);
        assertThat(messages).extracting(m -> m.get("role").asString()).containsExactly("user", "assistant", "user", "assistant");
        assertThat(messages.get(2).get("text").asString()).isEqualTo("only the ones in Germany");
        assertThat(count("SELECT message_count FROM assistant_conversation WHERE id = '" + id + "'")).isEqualTo(4);
    }

    private static void assertRetryable503(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("retryable").asBoolean()).isTrue();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /** A Markdown story with one section per paragraph, so it is split into several chunks. */
    private static byte[] story(String name, int sections) {
        StringBuilder md = new StringBuilder("# " + name + " roll-out\n\n");
        for (int i = 1; i <= sections; i++) {
            md.append("## Part ").append(i).append("\n\n").append(name).append(" paragraph ")
                    .append(new String[] {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                            "eleven", "twelve"}[(i - 1) % 12])
                    .append(": the team moved ").append(i * 10).append(" projects onto Orbitly. ")
                    .append("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(12)).append("\n\n");
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Response upload(byte[] content) throws Exception {
        String boundary = "outage" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ncase_study\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"story.md\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    private Response call(String method, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    private Response send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + ADMIN_KEY)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}
