package dev.interviewcopilot.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.store.StoreCopy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decision trail's table, {@code audit_events}: rows are only ever inserted, and their payloads nulled by
 * erasure. {@link #record} joins the caller's write transaction, so an action and its event commit together or not
 * at all.
 */
public final class AuditRepository {
    /** The actor of AI outputs. */
    public static final String COPILOT = "copilot";

    private final Clock clock;

    public AuditRepository(Clock clock) {
        this.clock = clock;
    }

    /** Appends an event whose payload is the given value as JSON. */
    public AuditEvent record(Connection c, String interviewId, String actor, String kind, Object payload)
            throws SQLException {
        return append(c, interviewId, clock.instant(), actor, kind, json(payload));
    }

    /** The ids of every trail (an interview's or a question set's), in no particular order. */
    public List<String> trailIds(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT interview_id FROM audit_events");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * How the trails of a copied database compare with the original's.
     *
     * @param trails how many trails there are
     * @param alreadyBroken trails whose chain did not verify in the original either (copied as they were)
     */
    public record ChainComparison(int trails, List<String> alreadyBroken) {}

    /**
     * Checks that every trail of {@code copy} verifies exactly as in {@code original}, with the same head.
     *
     * @throws StoreCopy.CopyRefused naming the first trail that does not
     */
    public ChainComparison compareChains(Connection original, Connection copy) throws SQLException {
        List<String> ids = trailIds(original);
        List<String> alreadyBroken = new ArrayList<>();
        for (String id : ids) {
            AuditChain.Verification before = read(original, id).verification();
            AuditChain.Verification after = read(copy, id).verification();
            if (before.valid() != after.valid() || !before.head().equals(after.head())) {
                throw new StoreCopy.CopyRefused("the audit chain of " + id + " verifies differently after the copy: "
                        + before + " before, " + after + " after");
            }
            if (!before.valid()) {
                alreadyBroken.add(id + ": " + before.problem().orElse("broken"));
            }
        }
        if (trailIds(copy).size() != ids.size()) {
            throw new StoreCopy.CopyRefused(
                    "the copy has " + trailIds(copy).size() + " audit trails, the original " + ids.size());
        }
        return new ChainComparison(ids.size(), alreadyBroken);
    }

    /** The interview's trail and whether its chain holds. */
    public AuditTrail read(Connection c, String interviewId) throws SQLException {
        List<AuditEvent> events = list(c, interviewId);
        return new AuditTrail(events, AuditChain.verify(events));
    }

    private static String json(Object payload) {
        try {
            return Json.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }

    /** Appends an event to the interview's chain; call inside the write transaction of the action it records. */
    AuditEvent append(Connection c, String interviewId, Instant at, String actor, String kind, String payload)
            throws SQLException {
        long seq = 1;
        String prev = AuditChain.GENESIS;
        try (PreparedStatement last = c.prepareStatement(
                "SELECT seq, hash FROM audit_events WHERE interview_id = ? ORDER BY seq DESC LIMIT 1")) {
            last.setString(1, interviewId);
            try (ResultSet rs = last.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1) + 1;
                    prev = rs.getString(2);
                }
            }
        }
        String payloadHash = AuditChain.payloadHash(payload);
        String hash = AuditChain.hash(prev, interviewId, seq, at.toString(), actor, kind, payloadHash);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_events"
                + " (interview_id, seq, at, actor, kind, payload, payload_hash, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, interviewId);
            insert.setLong(2, seq);
            insert.setString(3, at.toString());
            insert.setString(4, actor);
            insert.setString(5, kind);
            insert.setString(6, payload);
            insert.setString(7, payloadHash);
            insert.setString(8, prev);
            insert.setString(9, hash);
            insert.executeUpdate();
        }
        return new AuditEvent(interviewId, seq, at, actor, kind, Optional.of(payload), payloadHash, prev, hash);
    }

    /** The interview's trail, in order. */
    List<AuditEvent> list(Connection c, String interviewId) throws SQLException {
        List<AuditEvent> events = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT seq, at, actor, kind, payload, payload_hash,"
                + " prev_hash, hash FROM audit_events WHERE interview_id = ? ORDER BY seq")) {
            select.setString(1, interviewId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new AuditEvent(
                            interviewId,
                            rs.getLong(1),
                            Instant.parse(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            Optional.ofNullable(rs.getString(5)),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8)));
                }
            }
        }
        return events;
    }

    /** Replaces every payload of the interview's trail with a tombstone; hashes stay, so the chain verifies. */
    public int erase(Connection c, String interviewId) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE audit_events SET payload = NULL WHERE interview_id = ?")) {
            update.setString(1, interviewId);
            return update.executeUpdate();
        }
    }
}
