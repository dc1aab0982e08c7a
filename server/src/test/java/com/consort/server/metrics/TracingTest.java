package com.consort.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.testing.WebClient;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Traces leave the server over OTLP only when an endpoint is configured: here a local stand-in for an
 * OpenTelemetry collector receives the span of a real request, named for its route and service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "consort.admin-api-key=" + TracingTest.ADMIN, "consort.demo-data=false",
        "management.tracing.sampling.probability=1.0",
        "management.opentelemetry.tracing.export.schedule-delay=100ms"})
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
class TracingTest {

    static final String ADMIN = "test-admin-key-tracing-0123456789";
    static final LinkedBlockingQueue<String> EXPORTS = new LinkedBlockingQueue<>();
    static final HttpServer COLLECTOR = collector();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void collectorEndpoint(DynamicPropertyRegistry registry) {
        registry.add("management.opentelemetry.tracing.export.otlp.endpoint",
                () -> "http://127.0.0.1:" + COLLECTOR.getAddress().getPort() + "/v1/traces");
    }

    @AfterAll
    static void stopCollector() {
        COLLECTOR.stop(0);
    }

    @Test
    void aRequestsSpanIsExportedToTheConfiguredCollector() throws Exception {
        assertThat(context.getBeansOfType(SpanExporter.class)).isNotEmpty();
        var partners = WebClient.bearer(port, "GET", "/api/partners?size=1", ADMIN, null);
        assertThat(partners.status()).as(partners.body()).isEqualTo(200);

        // OTLP/HTTP bodies are protobuf, whose strings are plain UTF-8: the route and service name show
        StringBuilder received = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!received.toString().contains("/api/partners") && System.nanoTime() < deadline) {
            String body = EXPORTS.poll(500, TimeUnit.MILLISECONDS);
            if (body != null) {
                received.append(body);
            }
        }
        assertThat(received.toString()).contains("/api/partners").contains("consort");
    }

    private static HttpServer collector() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/traces", exchange -> {
                EXPORTS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
