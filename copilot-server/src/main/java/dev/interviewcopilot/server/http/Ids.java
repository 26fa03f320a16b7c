package dev.interviewcopilot.server.http;

import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import java.util.UUID;

/** Resource ids in paths and bodies: canonical UUIDs only. */
public final class Ids {
    private Ids() {}

    /** The UUID, if the text is one in canonical form ({@code UUID.fromString} also accepts short forms). */
    public static Optional<UUID> uuid(String raw) {
        try {
            UUID id = UUID.fromString(raw);
            return id.toString().equalsIgnoreCase(raw) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The path parameter as a UUID, or a 400 naming it. */
    public static UUID path(ServerRequest request, String name) {
        String raw = request.path().pathParameters().get(name);
        return uuid(raw).orElseThrow(() -> new BadRequestException(name, "must be a UUID"));
    }
}
