package com.consort.server.review;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/** Expires approved and published assets whose expiry date has passed, checking every minute (CONSORT_REVIEW_EXPIRY_CHECK). */
@Component
class ExpiryScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiryScheduler.class);
    private final Reviews reviews;
    private final Duration every;
    private final TaskScheduler scheduler;
    private ScheduledFuture<?> checking;

    ExpiryScheduler(Reviews reviews, TaskScheduler scheduler, @Value("${consort.review.expiry-check:1m}") Duration every) {
        this.reviews = reviews;
        this.scheduler = scheduler;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        checking = scheduler.scheduleWithFixedDelay(this::run, Instant.now().plus(every), every);
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
        if (checking != null) {
            checking.cancel(true);
            checking = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checking != null;
    }
}
