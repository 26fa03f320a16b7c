package dev.interviewcopilot.server.access;

import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.QueryParams;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Set;

/** {@code GET /v1/me}: who the token belongs to and its role, so a client (the web app) can show what fits. */
public final class CallerService implements HttpService {
    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::me);
    }

    private void me(ServerRequest request, ServerResponse response) {
        QueryParams.of(request, Set.of()).validate();
        Principal principal = Principal.of(request);
        Json.send(response, new Caller(principal.subject(), principal.role().wireName(), principal.tokenId()));
    }

    /**
     * The caller, as the API shows it.
     *
     * @param subject who holds the token
     * @param role its role
     * @param tokenId the token's public id
     */
    record Caller(String subject, String role, String tokenId) {}
}
