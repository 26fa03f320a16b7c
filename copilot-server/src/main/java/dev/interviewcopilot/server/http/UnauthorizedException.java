package dev.interviewcopilot.server.http;

import java.util.Map;

/** The request carries no valid credentials. Maps to 401 with a {@code WWW-Authenticate} challenge. */
public final class UnauthorizedException extends ApiException {
    public UnauthorizedException(String detail) {
        super(401, "unauthorized", "Unauthorized", detail);
    }

    @Override
    Map<String, String> headers() {
        return Map.of("WWW-Authenticate", "Bearer realm=\"interview-copilot\"");
    }
}
