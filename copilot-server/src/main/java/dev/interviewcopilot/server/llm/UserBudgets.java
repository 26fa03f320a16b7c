package dev.interviewcopilot.server.llm;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each user's share of the model: a request rate (Resilience4j rate limiter per user) and a token allowance per
 * hour (a fixed window, charged after each call with the tokens the provider reported). One user's runaway
 * client cannot spend everyone's budget.
 */
final class UserBudgets {
    private final RateLimiterConfig requests;
    private final int tokensPerHour;
    private final Clock clock;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Map<String, TokenWindow> tokens = new ConcurrentHashMap<>();

    UserBudgets(int requestsPerMinute, int tokensPerHour, Clock clock) {
        this.requests = RateLimiterConfig.custom()
                .limitForPeriod(requestsPerMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build();
        this.tokensPerHour = tokensPerHour;
        this.clock = clock;
    }

    /** Whether the user may make a call now; counts it if so. */
    boolean tryAcquire(String user) {
        if (window(user).used() >= tokensPerHour) {
            return false;
        }
        return limiters.computeIfAbsent(user, u -> RateLimiter.of("model-user", requests))
                .acquirePermission();
    }

    /** Charges the tokens a call used. */
    void charge(String user, int tokenCount) {
        window(user).add(tokenCount);
    }

    private TokenWindow window(String user) {
        return tokens.compute(
                user, (u, w) -> w == null || w.expired(clock.instant()) ? new TokenWindow(clock.instant()) : w);
    }

    private static final class TokenWindow {
        private final Instant start;
        private int used;

        TokenWindow(Instant start) {
            this.start = start;
        }

        boolean expired(Instant now) {
            return !now.isBefore(start.plus(Duration.ofHours(1)));
        }

        synchronized int used() {
            return used;
        }

        synchronized void add(int count) {
            used += count;
        }
    }
}
