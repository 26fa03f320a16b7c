package dev.interviewcopilot.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    @Test
    void should_allow_a_burst_then_say_how_long_to_wait() {
        RateLimiter limiter = new RateLimiter(60, 3, clock);

        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();

        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void should_refill_at_the_rate_and_never_above_the_burst() {
        RateLimiter limiter = new RateLimiter(60, 2, clock);
        limiter.acquire("a");
        limiter.acquire("a");
        assertThat(limiter.acquire("a")).isPresent();

        now = now.plus(Duration.ofSeconds(1));
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isPresent();

        now = now.plus(Duration.ofHours(1));
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isPresent();
    }

    @Test
    void should_round_a_long_wait_up_to_whole_seconds() {
        RateLimiter limiter = new RateLimiter(6, 1, clock);
        limiter.acquire("a");

        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(10));
    }

    @Test
    void should_keep_each_key_to_its_own_allowance() {
        RateLimiter limiter = new RateLimiter(60, 1, clock);
        limiter.acquire("a");

        assertThat(limiter.acquire("a")).isPresent();
        assertThat(limiter.acquire("b")).isEmpty();
    }
}
