package dev.interviewcopilot.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.interviewcopilot.server.http.Json;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the decision trail. {@link #record} joins the caller's write transaction: the action and its
 * event commit together or not at all.
 */
public final class DecisionTrail {
    /** The actor of AI outputs. */
    public static final String COPILOT = "copilot";

    private final AuditRepository repository = new AuditRepository();
    private final Clock clock;

    public DecisionTrail(Clock clock) {
        this.clock = clock;
    }

    /** Appends an event whose payload is the given value as JSON. */
    public AuditEvent record(Connection c, String interviewId, String actor, String kind, Object payload)
            throws SQLException {
        return repository.append(c, interviewId, clock.instant(), actor, kind, json(payload));
    }

    /** The interview's trail and whether its chain holds. */
    public Trail read(Connection c, String interviewId) throws SQLException {
        List<AuditEvent> events = repository.list(c, interviewId);
        return new Trail(events, AuditChain.verify(events));
    }

    /** Tombstones every payload of the interview's trail. */
    public int erase(Connection c, String interviewId) throws SQLException {
        return repository.erasePayloads(c, interviewId);
    }

    private static String json(Object payload) {
        try {
            return Json.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }

    /**
     * A trail with its verification.
     *
     * @param events the events in order
     * @param verification whether the chain holds
     */
    public record Trail(List<AuditEvent> events, AuditChain.Verification verification) {
        public Trail {
            events = List.copyOf(events);
        }
    }
}
