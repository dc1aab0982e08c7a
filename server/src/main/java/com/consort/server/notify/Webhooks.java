package com.consort.server.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends notifications to the configured webhook URL, off the request thread: a JSON body
 * ({@code id, event, occurredAt, data}) signed with HMAC-SHA256 under the configured secret
 * ({@code X-Consort-Signature: sha256=<hex of the body's MAC>}), retried with exponential backoff on
 * network errors, 408, 429 and 5xx. Deliveries are kept in memory: a restart drops pending retries.
 */
@Service
public class Webhooks {

    public static final String SIGNATURE_HEADER = "X-Consort-Signature";
    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final WebhookProperties properties;
    private final JsonMapper json;
    private final HttpClient http;
    // deliveries run on the shared executor, so a slow receiver never holds up the shared scheduler's periodic
    // checks; the scheduler only times the retries
    private final TaskExecutor executor;
    private final TaskScheduler scheduler;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();

    public Webhooks(WebhookProperties properties, JsonMapper json,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, TaskScheduler scheduler) {
        this.properties = properties;
        this.json = json;
        this.executor = executor;
        this.scheduler = scheduler;
        if (properties.enabled() && (properties.secret() == null || properties.secret().length() < 16)) {
            throw new IllegalStateException("CONSORT_WEBHOOK_URL is set: CONSORT_WEBHOOK_SECRET (16 characters or more) "
                    + "is needed to sign the notifications");
        }
        this.http = HttpClient.newBuilder().connectTimeout(properties.requestTimeout()).build();
    }

    /** Queues a notification; returns at once. Does nothing when no URL is configured. */
    public void publish(String event, Map<String, ?> data) {
        if (!properties.enabled()) {
            return;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("id", UUID.randomUUID().toString());
        body.put("event", event);
        body.put("occurredAt", Instant.now().toString());
        body.put("data", data);
        byte[] payload = json.writeValueAsBytes(body);
        executor.execute(() -> attempt(event, (String) body.get("id"), payload, 1));
    }

    private void attempt(String event, String id, byte[] payload, int attempt) {
        int status;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(properties.url().trim()))
                    .timeout(properties.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Consort-Webhooks")
                    .header("X-Consort-Event", event)
                    .header("X-Consort-Delivery", id)
                    .header(SIGNATURE_HEADER, "sha256=" + sign(properties.secret(), payload))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            status = -1;
            log.debug("Webhook {} attempt {} failed: {}", id, attempt, e.toString());
        }
        if (status >= 200 && status < 300) {
            delivered.incrementAndGet();
            return;
        }
        boolean retryable = status == -1 || status == 408 || status == 429 || status >= 500;
        if (!retryable || attempt >= properties.attempts()) {
            abandoned.incrementAndGet();
            log.warn("Webhook {} ({}) not delivered after {} attempt(s), last status {}", id, event, attempt, status);
            return;
        }
        long delay = Math.min(properties.backoff().toMillis() << Math.min(attempt - 1, 20), MAX_BACKOFF.toMillis());
        scheduler.schedule(() -> executor.execute(() -> attempt(event, id, payload, attempt + 1)),
                Instant.now().plusMillis(delay));
    }

    /** Hex HMAC-SHA256 of the body: what a receiver recomputes with the shared secret to trust the body. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    public long delivered() {
        return delivered.get();
    }

    public long abandoned() {
        return abandoned.get();
    }
}
