package dev.interviewcopilot.server.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.server.http.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The {@code scorecards} and {@code scorecard_amendments} tables. */
public final class ScorecardRepository {
    public Optional<Scorecard> find(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT template_id, content, status, version, updated_at,"
                + " signed_by, signed_at, content_hash FROM scorecards WHERE interview_id = ?")) {
            select.setString(1, interviewId.toString());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Optional<Scorecard.Signature> signature = rs.getString(6) == null
                        ? Optional.empty()
                        : Optional.of(new Scorecard.Signature(
                                rs.getString(6), Instant.parse(rs.getString(7)), rs.getString(8)));
                return Optional.of(new Scorecard(
                        interviewId,
                        rs.getString(1),
                        object(rs.getString(2)),
                        Scorecard.Status.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                        rs.getLong(4),
                        Instant.parse(rs.getString(5)),
                        signature,
                        amendments(c, interviewId)));
            }
        }
    }

    public void insert(Connection c, Scorecard s) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO scorecards (interview_id, template_id,"
                + " content, status, version, updated_at, signed_by, signed_at, content_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, s.interviewId().toString());
            insert.setString(2, s.templateId());
            insert.setString(3, json(s.values()));
            insert.setString(4, s.status().wireName());
            insert.setLong(5, s.version());
            insert.setString(6, s.updatedAt().toString());
            insert.setString(7, s.signature().map(Scorecard.Signature::signedBy).orElse(null));
            insert.setString(8, s.signature().map(g -> g.signedAt().toString()).orElse(null));
            insert.setString(
                    9, s.signature().map(Scorecard.Signature::contentHash).orElse(null));
            insert.executeUpdate();
        }
    }

    /** Saves values, status and signature if the stored version is still {@code expectedVersion}. */
    public boolean update(Connection c, Scorecard s, long expectedVersion) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE scorecards SET content = ?, status = ?,"
                + " version = ?, updated_at = ?, signed_by = ?, signed_at = ?, content_hash = ?"
                + " WHERE interview_id = ? AND version = ?")) {
            update.setString(1, json(s.values()));
            update.setString(2, s.status().wireName());
            update.setLong(3, s.version());
            update.setString(4, s.updatedAt().toString());
            update.setString(5, s.signature().map(Scorecard.Signature::signedBy).orElse(null));
            update.setString(6, s.signature().map(g -> g.signedAt().toString()).orElse(null));
            update.setString(
                    7, s.signature().map(Scorecard.Signature::contentHash).orElse(null));
            update.setString(8, s.interviewId().toString());
            update.setLong(9, expectedVersion);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Stores {@code next} in place of {@code stored}: inserted if never saved (version 0), else updated if still at
     * the stored version. False when someone else saved meanwhile.
     */
    public boolean save(Connection c, Scorecard stored, Scorecard next) throws SQLException {
        if (stored.version() == 0) {
            insert(c, next);
            return true;
        }
        return update(c, next, stored.version());
    }

    /** Whether the interview's scorecard is signed and locked. */
    public boolean submitted(Connection c, UUID interviewId) throws SQLException {
        return find(c, interviewId)
                .map(s -> s.status() == Scorecard.Status.SUBMITTED)
                .orElse(false);
    }

    public void addAmendment(Connection c, UUID interviewId, Scorecard.Amendment a) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO scorecard_amendments (interview_id, seq,"
                + " content, reason, signed_by, signed_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, interviewId.toString());
            insert.setLong(2, a.seq());
            insert.setString(3, json(a.values()));
            insert.setString(4, a.reason());
            insert.setString(5, a.signature().signedBy());
            insert.setString(6, a.signature().signedAt().toString());
            insert.setString(7, a.signature().contentHash());
            insert.executeUpdate();
        }
    }

    /** Deletes the scorecard and its amendments (erasure); returns 1 if there was a scorecard. */
    public int deleteAll(Connection c, UUID interviewId) throws SQLException {
        int deleted = 0;
        for (String table : List.of("scorecard_amendments", "scorecards")) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE interview_id = ?")) {
                delete.setString(1, interviewId.toString());
                deleted = delete.executeUpdate();
            }
        }
        return deleted;
    }

    private static List<Scorecard.Amendment> amendments(Connection c, UUID interviewId) throws SQLException {
        List<Scorecard.Amendment> amendments = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT seq, content, reason, signed_by, signed_at,"
                + " content_hash FROM scorecard_amendments WHERE interview_id = ? ORDER BY seq")) {
            select.setString(1, interviewId.toString());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    amendments.add(new Scorecard.Amendment(
                            rs.getLong(1),
                            object(rs.getString(2)),
                            rs.getString(3),
                            new Scorecard.Signature(rs.getString(4), Instant.parse(rs.getString(5)), rs.getString(6))));
                }
            }
        }
        return amendments;
    }

    static String json(ObjectNode values) {
        try {
            return Json.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode object(String json) throws SQLException {
        try {
            return (ObjectNode) Json.mapper().readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new SQLException("scorecard content is not a JSON object", e);
        }
    }
}
