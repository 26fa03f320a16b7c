package dev.interviewcopilot.server.llm;

import java.time.Duration;

/**
 * How the gateway protects the service from a slow or failing model, and the model from us.
 *
 * @param liveTimeout the whole budget of a live call, retries and repair included
 * @param batchTimeout the whole budget of a batch call
 * @param streamIdle the longest a stream may go without a token before it counts as stalled
 * @param maxAttempts attempts per call, the first included
 * @param backoff the first retry's base delay; it doubles, with jitter, and a provider's Retry-After wins
 * @param retryBudget retries allowed as a share of calls (0.2: one retry per five calls), so a failing provider
 *     is not hit with a multiple of the traffic
 * @param breakerWindow the circuit breaker's time window
 * @param breakerMinimumCalls calls in the window before the breaker may open
 * @param breakerFailureRate failure percentage that opens the breaker
 * @param breakerOpenFor how long the breaker stays open before letting probe calls through
 * @param breakerProbes calls let through while half-open
 * @param maxConcurrentCalls model calls in flight at once; more are refused, not queued
 * @param userRequestsPerMinute model calls one user may make per minute
 * @param userTokensPerHour tokens one user may spend per hour
 */
public record GuardSettings(
        Duration liveTimeout,
        Duration batchTimeout,
        Duration streamIdle,
        int maxAttempts,
        Duration backoff,
        double retryBudget,
        Duration breakerWindow,
        int breakerMinimumCalls,
        int breakerFailureRate,
        Duration breakerOpenFor,
        int breakerProbes,
        int maxConcurrentCalls,
        int userRequestsPerMinute,
        int userTokensPerHour) {

    /** The defaults documented in the README. */
    public static GuardSettings defaults() {
        return new GuardSettings(
                Duration.ofSeconds(4),
                Duration.ofSeconds(60),
                Duration.ofSeconds(3),
                2,
                Duration.ofMillis(200),
                0.2,
                Duration.ofSeconds(30),
                4,
                50,
                Duration.ofSeconds(15),
                2,
                8,
                30,
                200_000);
    }

    /** The time budget of a call. */
    Duration timeout(Budget budget) {
        return budget == Budget.LIVE ? liveTimeout : batchTimeout;
    }
}
