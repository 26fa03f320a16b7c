package dev.interviewcopilot.server.live;

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

/** The {@code transcript_segments} table: an interview's transcript in order. */
public final class TranscriptRepository {
    /**
     * A segment to append.
     *
     * @param speaker who said it
     * @param text what was said
     * @param startMs start in the recording, if known
     * @param endMs end in the recording, if known
     */
    public record NewSegment(Speaker speaker, String text, Optional<Long> startMs, Optional<Long> endMs) {}

    /** Appends segments after the last one, tagged with the current question; returns them as stored. */
    public List<Segment> append(
            Connection c, UUID interviewId, List<NewSegment> segments, Optional<UUID> questionId, Instant at)
            throws SQLException {
        long seq = lastSeq(c, interviewId);
        List<Segment> stored = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO transcript_segments"
                + " (interview_id, seq, speaker, text, start_ms, end_ms, question_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewSegment s : segments) {
                seq++;
                insert.setString(1, interviewId.toString());
                insert.setLong(2, seq);
                insert.setString(3, s.speaker().wireName());
                insert.setString(4, s.text());
                Sql.setLong(insert, 5, s.startMs());
                Sql.setLong(insert, 6, s.endMs());
                Sql.setText(insert, 7, questionId.map(UUID::toString));
                insert.setString(8, at.toString());
                insert.addBatch();
                stored.add(
                        new Segment(Segment.idOf(seq), s.speaker(), s.text(), s.startMs(), s.endMs(), questionId, at));
            }
            insert.executeBatch();
        }
        return stored;
    }

    /** The whole transcript, in order. */
    public List<Segment> list(Connection c, UUID interviewId) throws SQLException {
        return listAfter(c, interviewId, 0);
    }

    /** The segments after a position ({@code 0}: all of them), in order. */
    public List<Segment> listAfter(Connection c, UUID interviewId, long afterSeq) throws SQLException {
        List<Segment> segments = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT seq, speaker, text, start_ms, end_ms, question_id,"
                + " created_at FROM transcript_segments WHERE interview_id = ? AND seq > ? ORDER BY seq")) {
            select.setString(1, interviewId.toString());
            select.setLong(2, afterSeq);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    segments.add(new Segment(
                            Segment.idOf(rs.getLong(1)),
                            Speaker.named(rs.getString(2)).orElseThrow(),
                            rs.getString(3),
                            Sql.optionalLong(rs, 4),
                            Sql.optionalLong(rs, 5),
                            Optional.ofNullable(rs.getString(6)).map(UUID::fromString),
                            Instant.parse(rs.getString(7))));
                }
            }
        }
        return segments;
    }

    /** Sets who said a segment; false if there is no such segment. */
    public boolean relabel(Connection c, UUID interviewId, long seq, Speaker speaker) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE transcript_segments SET speaker = ? WHERE interview_id = ? AND seq = ?")) {
            update.setString(1, speaker.wireName());
            update.setString(2, interviewId.toString());
            update.setLong(3, seq);
            return update.executeUpdate() == 1;
        }
    }

    /** Deletes the whole transcript (erasure). */
    public int deleteAll(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM transcript_segments WHERE interview_id = ?")) {
            delete.setString(1, interviewId.toString());
            return delete.executeUpdate();
        }
    }

    private static long lastSeq(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM transcript_segments WHERE interview_id = ?")) {
            select.setString(1, interviewId.toString());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
