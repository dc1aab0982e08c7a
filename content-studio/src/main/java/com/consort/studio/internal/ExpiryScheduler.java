package com.consort.studio.internal;

import com.consort.studio.Reviews;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Expires approved and published assets whose expiry date has passed, checking every minute (CONSORT_REVIEW_EXPIRY_CHECK). */
final class ExpiryScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiryScheduler.class);
    private final Reviews reviews;
    private final Duration every;
    private ScheduledExecutorService scheduler;

    ExpiryScheduler(Reviews reviews, Duration every) {
        this.reviews = reviews;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "consort-review-expiry");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::run, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            int expired = reviews.expireDue(Instant.now());
            if (expired > 0) {
                log.info("{} approved asset(s) expired", expired);
            }
        } catch (RuntimeException e) {
            log.warn("Expiry check failed; retrying at the next run: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
