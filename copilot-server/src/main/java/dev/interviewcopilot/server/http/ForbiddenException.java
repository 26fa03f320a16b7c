package dev.interviewcopilot.server.http;

/** The caller is known but their role may not use this route. Maps to 403. */
public final class ForbiddenException extends ApiException {
    public ForbiddenException(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }
}
