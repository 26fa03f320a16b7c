package dev.interviewcopilot.server.questionset;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.interviewcopilot.server.bank.QuestionItem;
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
import java.util.OptionalInt;
import java.util.UUID;

/** The {@code question_sets}, {@code question_set_versions} and {@code reviewed_items} tables. Portable SQL. */
final class QuestionSetRepository {

    void insert(Connection c, UUID id, Optional<String> hiringManager, String jobDescription, Instant at)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO question_sets (id, hiring_manager,"
                + " job_description, created_at, current_version) VALUES (?, ?, ?, ?, 0)")) {
            insert.setString(1, id.toString());
            Sql.setText(insert, 2, hiringManager);
            insert.setString(3, jobDescription);
            insert.setString(4, at.toString());
            insert.executeUpdate();
        }
    }

    /**
     * Adds the version after {@code expected}, unless another writer got there first.
     *
     * @return whether it was added; false when the set's latest version is no longer {@code expected}
     */
    boolean addVersion(Connection c, UUID id, int expected, SetVersion version, SetContent content)
            throws SQLException {
        try (PreparedStatement bump = c.prepareStatement(
                "UPDATE question_sets SET current_version = ? WHERE id = ? AND current_version = ?")) {
            bump.setInt(1, version.version());
            bump.setString(2, id.toString());
            bump.setInt(3, expected);
            if (bump.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO question_set_versions (question_set_id,"
                + " version, created_at, author, change_summary, body) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id.toString());
            insert.setInt(2, version.version());
            insert.setString(3, version.at().toString());
            insert.setString(4, version.author());
            insert.setString(5, version.change());
            insert.setString(6, write(content));
            insert.executeUpdate();
        }
        return true;
    }

    /** The owner of a set: empty when there is no such set, an empty owner when the set names none. */
    Optional<Optional<String>> owner(Connection c, UUID id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT hiring_manager FROM question_sets WHERE id = ?")) {
            select.setString(1, id.toString());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(Optional.ofNullable(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** The set at a version, or at its latest. */
    Optional<QuestionSet> find(Connection c, UUID id, OptionalInt version) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT s.hiring_manager, s.job_description,"
                + " s.created_at, s.current_version, v.version, v.created_at, v.author, v.change_summary, v.body"
                + " FROM question_sets s JOIN question_set_versions v ON v.question_set_id = s.id"
                + " WHERE s.id = ? AND v.version = " + (version.isPresent() ? "?" : "s.current_version"))) {
            select.setString(1, id.toString());
            if (version.isPresent()) {
                select.setInt(2, version.getAsInt());
            }
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new QuestionSet(
                        id,
                        Optional.ofNullable(rs.getString(1)),
                        rs.getString(2),
                        Instant.parse(rs.getString(3)),
                        rs.getInt(4),
                        new SetVersion(rs.getInt(5), Instant.parse(rs.getString(6)), rs.getString(7), rs.getString(8)),
                        read(rs.getString(9))));
            }
        }
    }

    /** Every version of a set, oldest first; empty when there is no such set. */
    List<SetVersion> versions(Connection c, UUID id) throws SQLException {
        List<SetVersion> versions = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT version, created_at, author, change_summary"
                + " FROM question_set_versions WHERE question_set_id = ? ORDER BY version")) {
            select.setString(1, id.toString());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    versions.add(new SetVersion(
                            rs.getInt(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return versions;
    }

    void insertReviewed(Connection c, QuestionItem item, UUID questionSet, Instant at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO reviewed_items (id, question_set_id, approved_at, item) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, item.id().toString());
            insert.setString(2, questionSet.toString());
            insert.setString(3, at.toString());
            insert.setString(4, write(item));
            insert.executeUpdate();
        }
    }

    /** How many reviewed items there are; they are only ever added. */
    long reviewedCount(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM reviewed_items");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every reviewed item, in the order they were approved. */
    List<QuestionItem> reviewedItems(Connection c) throws SQLException {
        List<QuestionItem> items = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT item FROM reviewed_items ORDER BY approved_at, id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                items.add(readItem(rs.getString(1)));
            }
        }
        return items;
    }

    private static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a question set", e);
        }
    }

    private static SetContent read(String json) {
        try {
            return Json.mapper().readValue(json, SetContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored question set version is unreadable", e);
        }
    }

    private static QuestionItem readItem(String json) {
        try {
            return Json.mapper().readValue(json, QuestionItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored reviewed item is unreadable", e);
        }
    }
}
