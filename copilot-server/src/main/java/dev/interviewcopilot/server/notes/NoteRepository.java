package dev.interviewcopilot.server.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.interviewcopilot.server.assist.Evidence;
import dev.interviewcopilot.server.assist.NoteCriterion;
import dev.interviewcopilot.server.assist.Observation;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code notes} table. Evidence is stored as a JSON array of spans. */
public final class NoteRepository {
    private static final String SELECT = "SELECT id, question_id, criterion_kind, criterion_id, observation,"
            + " draft_text, text, evidence, suggested_band, status, engine, created_at, decided_at, decided_by"
            + " FROM notes";

    public void insert(Connection c, UUID interviewId, StoredNote note) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO notes (id, interview_id, question_id,"
                + " criterion_kind, criterion_id, observation, draft_text, text, evidence, suggested_band, status,"
                + " engine, created_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " (SELECT COALESCE(MAX(seq), 0) + 1 FROM notes WHERE interview_id = ?))")) {
            insert.setString(1, note.id().toString());
            insert.setString(2, interviewId.toString());
            insert.setString(3, note.questionId().toString());
            insert.setString(4, note.criterion().kind().wireName());
            insert.setString(5, note.criterion().id());
            insert.setString(6, note.observation().wireName());
            insert.setString(7, note.draftText());
            Sql.setText(insert, 8, note.text());
            insert.setString(9, json(note.evidence()));
            Sql.setText(insert, 10, note.suggestedBand());
            insert.setString(11, note.status().wireName());
            insert.setString(12, note.engine());
            insert.setString(13, note.createdAt().toString());
            insert.setString(14, interviewId.toString());
            insert.executeUpdate();
        }
    }

    public Optional<StoredNote> find(Connection c, UUID interviewId, UUID noteId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE interview_id = ? AND id = ?")) {
            select.setString(1, interviewId.toString());
            select.setString(2, noteId.toString());
            List<StoredNote> found = list(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Every note of the interview, in the order drafted. */
    public List<StoredNote> byInterview(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE interview_id = ? ORDER BY seq")) {
            select.setString(1, interviewId.toString());
            return list(select);
        }
    }

    public void decide(Connection c, StoredNote note) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE notes SET status = ?, text = ?, decided_at = ?, decided_by = ? WHERE id = ?")) {
            update.setString(1, note.status().wireName());
            Sql.setText(update, 2, note.text());
            update.setString(3, note.decidedAt().orElseThrow().toString());
            update.setString(4, note.decidedBy().orElseThrow());
            update.setString(5, note.id().toString());
            update.executeUpdate();
        }
    }

    /** Deletes the interview's notes (erasure: they quote the candidate). */
    public int deleteAll(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM notes WHERE interview_id = ?")) {
            delete.setString(1, interviewId.toString());
            return delete.executeUpdate();
        }
    }

    private static List<StoredNote> list(PreparedStatement select) throws SQLException {
        List<StoredNote> notes = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                notes.add(new StoredNote(
                        UUID.fromString(rs.getString(1)),
                        UUID.fromString(rs.getString(2)),
                        new NoteCriterion(
                                NoteCriterion.Kind.named(rs.getString(3)).orElseThrow(), rs.getString(4)),
                        Observation.named(rs.getString(5)).orElseThrow(),
                        rs.getString(6),
                        Optional.ofNullable(rs.getString(7)),
                        evidence(rs.getString(8)),
                        Optional.ofNullable(rs.getString(9)),
                        NoteStatus.named(rs.getString(10)).orElseThrow(),
                        rs.getString(11),
                        Instant.parse(rs.getString(12)),
                        Optional.ofNullable(rs.getString(13)).map(Instant::parse),
                        Optional.ofNullable(rs.getString(14))));
            }
        }
        return notes;
    }

    private static String json(List<Evidence> evidence) {
        try {
            return Json.mapper().writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Evidence> evidence(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, new TypeReference<List<Evidence>>() {});
        } catch (JsonProcessingException e) {
            throw new SQLException("notes.evidence is not a JSON array of spans", e);
        }
    }
}
