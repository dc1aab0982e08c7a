package com.consort.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import tools.jackson.databind.json.JsonMapper;

/** Webhook delivery against a real local HTTP server: signature, headers, retry after a 500, no retry after a 400. */
class WebhooksTest {

    static final String SECRET = "webhook-secret-0123456789";

    record Received(String signature, String event, String delivery, byte[] body, long at) {
    }

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresToGive = new AtomicInteger();
    volatile int failureStatus = 500;
    CountDownLatch successes;
    final CountDownLatch release = new CountDownLatch(1);
    Webhooks webhooks;
    ThreadPoolTaskScheduler scheduler;

    @BeforeEach
    void start() throws Exception {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.initialize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                release.await(5, TimeUnit.SECONDS); // the receiver answers only once the test lets it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Consort-Signature"),
                    exchange.getRequestHeaders().getFirst("X-Consort-Event"),
                    exchange.getRequestHeaders().getFirst("X-Consort-Delivery"), body, System.nanoTime()));
            int status = failuresToGive.getAndDecrement() > 0 ? failureStatus : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            if (status == 204) {
                successes.countDown();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        scheduler.shutdown();
        server.stop(0);
    }

    Webhooks webhooks(String url, int attempts) {
        webhooks = webhooks(new WebhookProperties(url, SECRET, attempts, Duration.ofMillis(200), Duration.ofSeconds(2)));
        return webhooks;
    }

    /** The shared mapper and threads the server gives it; one test scheduler serves as both here. */
    Webhooks webhooks(WebhookProperties properties) {
        return new Webhooks(properties, JsonMapper.builder().build(), scheduler, scheduler);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Test
    void aSignedNotificationIsRetriedAfterA500WithBackoff() throws Exception {
        failuresToGive.set(1);
        successes = new CountDownLatch(1);
        long before = System.nanoTime();
        webhooks(url(), 4).publish("review.approved", Map.of("draftId", "d-1", "version", 3));
        // the receiver is holding the first delivery: publishing did not wait for it
        assertThat(System.nanoTime() - before).as("publish returns at once").isLessThan(TimeUnit.SECONDS.toNanos(3));
        release.countDown();

        assertThat(successes.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(received).hasSize(2);
        Received first = received.get(0);
        Received retry = received.get(1);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.delivery()).isEqualTo(first.delivery());
        assertThat(TimeUnit.NANOSECONDS.toMillis(retry.at() - first.at())).isGreaterThanOrEqualTo(190);
        assertThat(retry.event()).isEqualTo("review.approved");
        assertThat(retry.signature()).isEqualTo("sha256=" + Webhooks.sign(SECRET, retry.body()));
        assertThat(retry.signature()).isNotEqualTo("sha256=" + Webhooks.sign("another-secret-000000", retry.body()));

        var json = JsonMapper.builder().build().readTree(new String(retry.body(), StandardCharsets.UTF_8));
        assertThat(json.get("event").asString()).isEqualTo("review.approved");
        assertThat(json.get("id").asString()).isEqualTo(first.delivery());
        assertThat(json.get("data").get("draftId").asString()).isEqualTo("d-1");
        assertThat(json.get("occurredAt").asString()).isNotBlank();
        // the receiver's latch opens before the sender has read the 204, so wait for the count
        waitFor(() -> webhooks.delivered() == 1);
    }

    @Test
    void givesUpAfterMaxAttemptsAndDoesNotRetryAClientError() throws Exception {
        release.countDown();
        failuresToGive.set(100);
        successes = new CountDownLatch(1);
        webhooks(url(), 3).publish("review.rejected", Map.of("draftId", "d-2"));
        waitFor(() -> webhooks.abandoned() == 1);
        assertThat(received).hasSize(3);

        received.clear();
        failureStatus = 400;
        webhooks.publish("review.rejected", Map.of("draftId", "d-3"));
        waitFor(() -> webhooks.abandoned() == 2);
        assertThat(received).hasSize(1);
    }

    @Test
    void anUnreachableReceiverIsRetriedToo() throws Exception {
        release.countDown();
        webhooks("http://127.0.0.1:1/hook", 2).publish("x.y", Map.of());
        waitFor(() -> webhooks.abandoned() == 1);
    }

    @Test
    void offWithoutAUrlAndASecretIsRequiredWithOne() {
        successes = new CountDownLatch(1);
        webhooks(new WebhookProperties("", null, null, null, null)).publish("x.y", Map.of());
        assertThat(received).isEmpty();
        assertThatThrownBy(() -> webhooks(new WebhookProperties(url(), "", null, null, null)))
                .hasMessageContaining("CONSORT_WEBHOOK_SECRET");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
