package com.consort.studio.internal;

import com.consort.studio.Reviews;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/**
 * Expires approved and published assets whose expiry date has passed, checking every minute (CONSORT_REVIEW_EXPIRY_CHECK),
 * on the application's task scheduler (Boot's, in the server). A context without one (the module's own tests) checks
 * nothing on its own.
 */
final class ExpiryScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiryScheduler.class);
    private final Reviews reviews;
    private final Duration every;
    private final TaskScheduler scheduler;
    private ScheduledFuture<?> checks;

    /** @param scheduler the application's task scheduler; null: no periodic check */
    ExpiryScheduler(Reviews reviews, Duration every, TaskScheduler scheduler) {
        this.reviews = reviews;
        this.every = every;
        this.scheduler = scheduler;
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            log.info("No task scheduler in this application context: approved assets are not expired periodically");
            return;
        }
        checks = scheduler.scheduleWithFixedDelay(this::run, Instant.now().plus(every), every);
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
        if (checks != null) {
            checks.cancel(false);
            checks = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checks != null;
    }
}
