package dev.interviewcopilot.server.http;

import java.util.List;
import java.util.Map;

/**
 * An outcome the client must fix or be told about, with the HTTP status it maps to. The root of the service's
 * small exception hierarchy; {@link ErrorMapping} turns every one into a problem+json response.
 */
public abstract class ApiException extends RuntimeException {
    private final int status;
    private final String typeSlug;
    private final String title;

    protected ApiException(int status, String typeSlug, String title, String detail) {
        super(detail);
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
    }

    int status() {
        return status;
    }

    String typeSlug() {
        return typeSlug;
    }

    String title() {
        return title;
    }

    /** Field-level errors, if the problem is with specific fields. */
    List<FieldError> fieldErrors() {
        return List.of();
    }

    /** Response headers the client needs to act on the problem (when to retry, how to authenticate). */
    Map<String, String> headers() {
        return Map.of();
    }
}
