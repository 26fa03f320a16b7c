package dev.interviewcopilot.server.privacy;

import dev.interviewcopilot.server.access.Principal;
import dev.interviewcopilot.server.http.Ids;
import dev.interviewcopilot.server.http.Json;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code DELETE /v1/candidates/{id}}: erase a candidate's personal data. Repeating it erases nothing more. */
public final class CandidateService implements HttpService {
    private final CandidateErasure erasure;

    public CandidateService(CandidateErasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.delete("/{id}", this::erase);
    }

    private void erase(ServerRequest request, ServerResponse response) {
        Json.send(
                response,
                erasure.erase(Ids.path(request, "id"), Principal.of(request).subject()));
    }
}
