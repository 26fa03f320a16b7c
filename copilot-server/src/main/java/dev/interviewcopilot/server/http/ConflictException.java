package dev.interviewcopilot.server.http;

/** The request is valid but clashes with the resource's state (e.g. editing a signed scorecard). Maps to 409. */
public final class ConflictException extends ApiException {
    public ConflictException(String detail) {
        super(409, "conflict", "Conflict", detail);
    }
}
