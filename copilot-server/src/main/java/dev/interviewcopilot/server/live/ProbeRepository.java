package dev.interviewcopilot.server.live;

import dev.interviewcopilot.server.assist.Probe;
import dev.interviewcopilot.server.assist.ProbeTarget;
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

/** The {@code probes} table: what was suggested in an interview and what the interviewer did with it. */
public final class ProbeRepository {
    private static final String SELECT = "SELECT id, question_id, text, target_kind, target_id, why, source, status,"
            + " created_at, decided_at FROM probes";

    public void insert(Connection c, UUID interviewId, StoredProbe probe) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO probes (id, interview_id, question_id, text,"
                + " target_kind, target_id, why, source, status, created_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " (SELECT COALESCE(MAX(seq), 0) + 1 FROM probes WHERE interview_id = ?))")) {
            insert.setString(1, probe.id().toString());
            insert.setString(2, interviewId.toString());
            insert.setString(3, probe.questionId().toString());
            insert.setString(4, probe.text());
            insert.setString(5, probe.target().kind().wireName());
            insert.setString(6, probe.target().id());
            insert.setString(7, probe.why());
            insert.setString(8, probe.source().wireName());
            insert.setString(9, probe.status().wireName());
            insert.setString(10, probe.createdAt().toString());
            insert.setString(11, interviewId.toString());
            insert.executeUpdate();
        }
    }

    public Optional<StoredProbe> find(Connection c, UUID interviewId, UUID probeId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE interview_id = ? AND id = ?")) {
            select.setString(1, interviewId.toString());
            select.setString(2, probeId.toString());
            List<StoredProbe> found = list(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Every probe of the interview, in the order suggested. */
    public List<StoredProbe> byInterview(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE interview_id = ? ORDER BY seq")) {
            select.setString(1, interviewId.toString());
            return list(select);
        }
    }

    public void decide(Connection c, StoredProbe decided) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE probes SET status = ?, decided_at = ? WHERE id = ?")) {
            update.setString(1, decided.status().wireName());
            update.setString(2, decided.decidedAt().orElseThrow().toString());
            update.setString(3, decided.id().toString());
            update.executeUpdate();
        }
    }

    /** Deletes the interview's probes (erasure: a model's probe may echo what the candidate said). */
    public int deleteAll(Connection c, UUID interviewId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM probes WHERE interview_id = ?")) {
            delete.setString(1, interviewId.toString());
            return delete.executeUpdate();
        }
    }

    private static List<StoredProbe> list(PreparedStatement select) throws SQLException {
        List<StoredProbe> probes = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                probes.add(new StoredProbe(
                        UUID.fromString(rs.getString(1)),
                        UUID.fromString(rs.getString(2)),
                        rs.getString(3),
                        new ProbeTarget(ProbeTarget.Kind.named(rs.getString(4)).orElseThrow(), rs.getString(5)),
                        rs.getString(6),
                        Probe.Source.valueOf(rs.getString(7).toUpperCase(Locale.ROOT)),
                        ProbeStatus.named(rs.getString(8)).orElseThrow(),
                        Instant.parse(rs.getString(9)),
                        Optional.ofNullable(rs.getString(10)).map(Instant::parse)));
            }
        }
        return probes;
    }
}
