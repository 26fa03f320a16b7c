package dev.interviewcopilot.server.http;

import java.util.Map;

/** The caller has used up its request allowance for now. Maps to 429 with {@code Retry-After} in whole seconds. */
public final class TooManyRequestsException extends ApiException {
    private final long retryAfterSeconds;

    public TooManyRequestsException(String who, long retryAfterSeconds) {
        super(
                429,
                "too-many-requests",
                "Too many requests",
                "Too many requests " + who + "; retry after " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
