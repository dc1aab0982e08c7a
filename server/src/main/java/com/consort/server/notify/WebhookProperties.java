package com.consort.server.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where and how webhook notifications go; off without a URL. */
@ConfigurationProperties("consort.webhook")
public record WebhookProperties(String url, String secret, Integer maxAttempts, Duration initialBackoff, Duration timeout) {

    public boolean enabled() {
        return url != null && !url.isBlank();
    }

    int attempts() {
        return maxAttempts == null || maxAttempts < 1 ? 6 : maxAttempts;
    }

    Duration backoff() {
        return initialBackoff == null ? Duration.ofSeconds(2) : initialBackoff;
    }

    Duration requestTimeout() {
        return timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
