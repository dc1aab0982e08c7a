package com.consort.server.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.ConsortApplication;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A stopping server ends its long-lived streams instead of waiting out the graceful-shutdown period for
 * them (30 s by default): an agent's MCP event stream that stays open is closed at shutdown, and its
 * reader sees the end.
 */
class ShutdownTest {

    private static final String KEY = "shutdown-test-admin-key-0123456789";

    @Test
    void anOpenMcpEventStreamIsClosedAtShutdownInsteadOfHoldingItUp() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ConsortApplication.class).run(
                "--server.port=0", "--consort.demo-data=false", "--consort.admin-api-key=" + KEY,
                "--consort.data-dir=" + Path.of("target/test-data", UUID.randomUUID().toString()).toAbsolutePath(),
                "--spring.lifecycle.timeout-per-shutdown-phase=30s");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        var initialize = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mcp"))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
                        "capabilities":{},"clientInfo":{"name":"listener","version":"1"}}}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(initialize.statusCode()).as(initialize.body()).isEqualTo(200);
        String session = initialize.headers().firstValue("Mcp-Session-Id").orElseThrow();

        // the agent's listening stream: open until the server ends it (its headers come with the first event)
        CompletableFuture<Void> ended = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mcp"))
                .header("Authorization", "Bearer " + KEY).header("Accept", "text/event-stream").header("Mcp-Session-Id", session)
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream()).thenAccept(response -> {
                    try (InputStream in = response.body()) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    } catch (java.io.IOException closed) {
                        // ended by the server: what we wait for
                    }
                }).exceptionally(closed -> null);
        Thread.sleep(1000);
        assertThat(ended).as("the stream stays open while the server runs").isNotDone();

        long start = System.nanoTime();
        context.close();
        Duration shutdown = Duration.ofNanos(System.nanoTime() - start);
        ended.get(10, TimeUnit.SECONDS);
        // well inside the 30 s a held-open stream would make it wait
        assertThat(shutdown).isLessThan(Duration.ofSeconds(15));
    }
}
