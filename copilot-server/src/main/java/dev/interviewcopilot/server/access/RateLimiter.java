package dev.interviewcopilot.server.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (an API token's id, or a client address for requests without a valid token): a key may
 * send {@code burst} requests at once and {@code perMinute} a minute on average. Per instance, in memory: behind a
 * load balancer each instance allows its share.
 */
public final class RateLimiter {
    private static final int MAX_KEYS = 100_000;

    private final double capacity;
    private final double perNano;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, int burst, Clock clock) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate and burst must be at least 1");
        }
        this.capacity = burst;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.clock = clock;
    }

    /**
     * Takes one request from the key's bucket.
     *
     * @return empty if the request may go ahead, else the whole seconds to wait before the next one will
     */
    public OptionalLong acquire(String key) {
        if (buckets.size() > MAX_KEYS) {
            // Full buckets carry no state worth keeping; dropping them all only forgets who is mid-burst.
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanos()));
        synchronized (bucket) {
            long now = nanos();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double waitNanos = (1 - bucket.tokens) / perNano;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(waitNanos / 1e9)));
        }
    }

    private long nanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        private Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
