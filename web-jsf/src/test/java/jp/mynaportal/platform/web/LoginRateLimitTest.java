package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginRateLimitTest {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");

    private final LoginRateLimit limit = new LoginRateLimit(3, new Clock() {
        @Override
        public java.time.ZoneId getZone() {
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
    });

    @Test
    void requestsWithinTheLimitPass() {
        assertThat(limit.take("10.0.0.1")).isZero();
        assertThat(limit.take("10.0.0.1")).isZero();
        assertThat(limit.take("10.0.0.1")).isZero();
    }

    @Test
    void theRequestPastTheLimitIsToldWhenToComeBack() {
        for (int i = 0; i < 3; i++) {
            limit.take("10.0.0.1");
        }
        assertThat(limit.take("10.0.0.1")).isEqualTo(20);
    }

    @Test
    void anotherAddressHasItsOwnLimit() {
        for (int i = 0; i < 3; i++) {
            limit.take("10.0.0.1");
        }
        assertThat(limit.take("10.0.0.2")).isZero();
    }

    @Test
    void theLimitRefillsWithTime() {
        for (int i = 0; i < 3; i++) {
            limit.take("10.0.0.1");
        }
        now = now.plus(Duration.ofSeconds(20));
        assertThat(limit.take("10.0.0.1")).isZero();
        assertThat(limit.take("10.0.0.1")).isPositive();
    }
}
