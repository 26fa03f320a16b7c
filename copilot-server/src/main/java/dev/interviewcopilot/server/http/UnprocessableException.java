package dev.interviewcopilot.server.http;

import java.util.List;

/**
 * The request is well-formed but what it asks for cannot be done yet, and the problem says what is missing, one
 * entry per gap (e.g. a transcript too short to draft notes from, a scorecard with required fields empty). Maps to
 * 422.
 */
public final class UnprocessableException extends ApiException {
    private final transient List<FieldError> missing;

    public UnprocessableException(String typeSlug, String title, String detail, List<FieldError> missing) {
        super(422, typeSlug, title, detail);
        this.missing = List.copyOf(missing);
    }

    @Override
    List<FieldError> fieldErrors() {
        return missing;
    }
}
