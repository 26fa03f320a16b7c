package dev.interviewcopilot.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.interviewcopilot.server.access.Owners.Holders;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code candidates} and {@code interviews} tables. Portable SQL; timestamps as ISO-8601 text. */
public final class InterviewRepository {
    private static final String SELECT = "SELECT i.id, i.candidate_id, c.name, c.email, c.erased_at, i.position,"
            + " i.interviewer, i.hiring_manager, i.stage, i.interview_date, i.role, i.seniority, i.question_set_id,"
            + " i.questions, i.scorecard_template, i.current_question_id, i.created_at"
            + " FROM interviews i JOIN candidates c ON c.id = i.candidate_id";

    /** Inserts the interview and its candidate. */
    public void insert(Connection c, Interview interview) throws SQLException {
        Candidate candidate = interview.candidate();
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO candidates (id, name, email, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, candidate.id().toString());
            insert.setString(2, candidate.name().orElse(null));
            insert.setString(3, candidate.email().orElse(null));
            insert.setString(4, interview.createdAt().toString());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO interviews (id, candidate_id, position,"
                + " interviewer, hiring_manager, stage, interview_date, role, seniority, question_set_id, questions,"
                + " scorecard_template, current_question_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, interview.id().toString());
            insert.setString(2, candidate.id().toString());
            insert.setString(3, interview.position());
            insert.setString(4, interview.interviewer());
            Sql.setText(insert, 5, interview.hiringManager());
            insert.setString(6, interview.stage());
            insert.setString(7, interview.date().toString());
            Sql.setText(insert, 8, interview.role());
            Sql.setText(insert, 9, interview.seniority());
            Sql.setText(insert, 10, interview.questionSetId().map(UUID::toString));
            insert.setString(11, json(interview.questions()));
            insert.setString(12, interview.scorecardTemplate());
            Sql.setText(insert, 13, interview.currentQuestionId().map(UUID::toString));
            insert.setString(14, interview.createdAt().toString());
            insert.executeUpdate();
        }
    }

    public Optional<Interview> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE i.id = ?")) {
            select.setString(1, id.toString());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(interview(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The interviews a caller may list, newest first: those {@code interviewer} runs when given, and of those the
     * ones {@code hiringManager} holds (as the interview's hiring manager or as owner of its question set) when
     * given; every interview when neither is.
     */
    public List<Interview> visible(
            Connection c, Optional<String> interviewer, Optional<String> hiringManager, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        interviewer.ifPresent(i -> sql.append(" AND i.interviewer = ?"));
        hiringManager.ifPresent(m -> sql.append(" AND (i.hiring_manager = ? OR i.question_set_id IN"
                + " (SELECT s.id FROM question_sets s WHERE s.hiring_manager = ?))"));
        sql.append(" ORDER BY i.created_at DESC, i.id LIMIT ?");
        try (PreparedStatement select = c.prepareStatement(sql.toString())) {
            int n = 1;
            if (interviewer.isPresent()) {
                select.setString(n++, interviewer.get());
            }
            if (hiringManager.isPresent()) {
                select.setString(n++, hiringManager.get());
                select.setString(n++, hiringManager.get());
            }
            select.setInt(n, limit);
            return list(select);
        }
    }

    /**
     * Who an interview belongs to: its interviewer, and its hiring manager and its question set's owner (either may
     * be absent). Empty when there is no such interview.
     */
    public Optional<Holders> holders(Connection c, UUID id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT i.interviewer, i.hiring_manager, s.hiring_manager"
                + " FROM interviews i LEFT JOIN question_sets s ON s.id = i.question_set_id WHERE i.id = ?")) {
            select.setString(1, id.toString());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Set<String> managers = new HashSet<>();
                Optional.ofNullable(rs.getString(2)).ifPresent(managers::add);
                Optional.ofNullable(rs.getString(3)).ifPresent(managers::add);
                return Optional.of(new Holders(Optional.of(rs.getString(1)), managers));
            }
        }
    }

    /** The candidate's interviews. */
    public List<Interview> byCandidate(Connection c, UUID candidateId) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement(SELECT + " WHERE i.candidate_id = ? ORDER BY i.created_at")) {
            select.setString(1, candidateId.toString());
            return list(select);
        }
    }

    public void setCurrentQuestion(Connection c, UUID interviewId, UUID questionId) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE interviews SET current_question_id = ? WHERE id = ?")) {
            update.setString(1, questionId.toString());
            update.setString(2, interviewId.toString());
            update.executeUpdate();
        }
    }

    /** Removes the candidate's name and email and marks them erased; false if there is no such candidate. */
    public boolean eraseCandidate(Connection c, UUID candidateId, Instant at) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE candidates SET name = NULL, email = NULL, erased_at = COALESCE(erased_at, ?) WHERE id = ?")) {
            update.setString(1, at.toString());
            update.setString(2, candidateId.toString());
            return update.executeUpdate() == 1;
        }
    }

    private static List<Interview> list(PreparedStatement select) throws SQLException {
        List<Interview> interviews = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                interviews.add(interview(rs));
            }
        }
        return interviews;
    }

    private static Interview interview(ResultSet rs) throws SQLException {
        Candidate candidate = new Candidate(
                UUID.fromString(rs.getString(2)),
                Optional.ofNullable(rs.getString(3)),
                Optional.ofNullable(rs.getString(4)),
                rs.getString(5) != null);
        return new Interview(
                UUID.fromString(rs.getString(1)),
                candidate,
                rs.getString(6),
                rs.getString(7),
                Optional.ofNullable(rs.getString(8)),
                rs.getString(9),
                LocalDate.parse(rs.getString(10)),
                Optional.ofNullable(rs.getString(11)),
                Optional.ofNullable(rs.getString(12)),
                Optional.ofNullable(rs.getString(13)).map(UUID::fromString),
                questions(rs.getString(14)),
                rs.getString(15),
                Optional.ofNullable(rs.getString(16)).map(UUID::fromString),
                Instant.parse(rs.getString(17)));
    }

    private static String json(List<UUID> ids) {
        try {
            return Json.mapper().writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<UUID> questions(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, new TypeReference<List<UUID>>() {});
        } catch (JsonProcessingException e) {
            throw new SQLException("interviews.questions is not a JSON array of ids", e);
        }
    }
}
