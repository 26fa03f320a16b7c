package dev.interviewcopilot.server.http;

/** The resource does not exist (or is not visible to the caller). Maps to 404. */
public final class NotFoundException extends ApiException {

    public NotFoundException(String detail) {
        super(404, "not-found", "Not found", detail);
    }
}
