package com.consort.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void blocksAfterTooManyFailuresUntilTheWindowEndsAndASuccessClears() {
        var clock = new MovableClock();
        var throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("Alice");
        }
        assertThat(throttle.blocked("alice")).isFalse();
        throttle.failed(" ALICE ");
        assertThat(throttle.blocked("alice")).isTrue();
        assertThat(throttle.blocked("bob")).isFalse();

        clock.now = clock.now.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.blocked("alice")).isFalse();

        throttle.failed("bob");
        throttle.succeeded("bob");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("bob");
        }
        assertThat(throttle.blocked("bob")).isFalse();
    }
}
