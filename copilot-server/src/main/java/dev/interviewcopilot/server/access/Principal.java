package dev.interviewcopilot.server.access;

import io.helidon.webserver.http.ServerRequest;

/**
 * The authenticated caller of a request.
 *
 * @param tokenId the public id of the token used (never the token)
 * @param subject who holds it: the name interviews and question sets record as interviewer or hiring manager
 * @param role what the token may do
 */
public record Principal(String tokenId, String subject, Role role) {
    /**
     * The caller of a request that passed {@link Authentication}.
     *
     * @throws IllegalStateException if the request did not go through it (a routing mistake, not a client error)
     */
    public static Principal of(ServerRequest request) {
        return request.context()
                .get(Principal.class)
                .orElseThrow(() -> new IllegalStateException("the route is not behind authentication"));
    }

    public boolean is(Role other) {
        return role == other;
    }
}
