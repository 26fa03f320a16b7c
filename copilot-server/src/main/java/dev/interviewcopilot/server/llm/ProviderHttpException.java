package dev.interviewcopilot.server.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/**
 * A non-2xx answer from a model provider, with what LangChain4j's own exception drops: the {@code Retry-After}
 * the provider asked for.
 */
final class ProviderHttpException extends HttpException {
    private final transient Optional<Duration> retryAfter;

    ProviderHttpException(int statusCode, String body, Optional<Duration> retryAfter) {
        super(statusCode, abbreviate(body));
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** Provider error bodies can echo the request; keep only a short prefix for diagnostics. */
    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
