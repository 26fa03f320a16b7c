package dev.interviewcopilot.server.llm;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why the model did not answer, reported with every response the offline engine served instead. */
public enum FallbackReason {
    /** No model is configured; the offline engine is the configured engine, not a fallback. */
    NOT_CONFIGURED,
    /** The circuit breaker is open after recent failures; calls resume after a wait. */
    CIRCUIT_OPEN,
    /** The model did not answer within the time budget. */
    TIMEOUT,
    /** The model's stream stopped producing tokens midway. */
    STALLED,
    /** The provider refused the call as over its rate limit. */
    PROVIDER_RATE_LIMITED,
    /** This user has used up their request or token budget for now. */
    USER_BUDGET_EXCEEDED,
    /** Too many model calls are in flight; this one was not queued. */
    BUSY,
    /** The provider failed (connection, server error, unusable response). */
    PROVIDER_ERROR,
    /** The model answered, but not in the required form, even after one repair. */
    INVALID_OUTPUT,
    /** Replay mode found no recorded response for this call. */
    REPLAY_MISS;

    /** The name used in API responses, e.g. {@code circuit-open}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
