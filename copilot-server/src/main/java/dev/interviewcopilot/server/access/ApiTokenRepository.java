package dev.interviewcopilot.server.access;

import dev.interviewcopilot.server.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for {@code api_tokens}. */
final class ApiTokenRepository {
    private static final String SELECT = "SELECT id, subject, role, label, created_at, revoked_at FROM api_tokens";

    void insert(Connection c, ApiToken token, String hash) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_tokens"
                + " (id, token_hash, subject, role, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, NULL)")) {
            insert.setString(1, token.id());
            insert.setString(2, hash);
            insert.setString(3, token.subject());
            insert.setString(4, token.role().wireName());
            Sql.setText(insert, 5, token.label());
            insert.setString(6, token.createdAt().toString());
            insert.executeUpdate();
        }
    }

    Optional<ApiToken> byHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE token_hash = ?")) {
            select.setString(1, hash);
            return first(select);
        }
    }

    Optional<ApiToken> byId(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE id = ?")) {
            select.setString(1, id);
            return first(select);
        }
    }

    List<ApiToken> all(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT + " ORDER BY created_at, id")) {
            List<ApiToken> tokens = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    tokens.add(token(rs));
                }
            }
            return tokens;
        }
    }

    boolean any(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM api_tokens LIMIT 1");
                ResultSet rs = select.executeQuery()) {
            return rs.next();
        }
    }

    /** Deletes a token outright; only for one that was never handed to anyone. */
    boolean delete(Connection c, String id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM api_tokens WHERE id = ?")) {
            delete.setString(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    /** Marks an active token revoked; false if it was already revoked or does not exist. */
    boolean revoke(Connection c, String id, Instant at) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            update.setString(1, at.toString());
            update.setString(2, id);
            return update.executeUpdate() == 1;
        }
    }

    private static Optional<ApiToken> first(PreparedStatement select) throws SQLException {
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(token(rs)) : Optional.empty();
        }
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        String role = rs.getString("role");
        return new ApiToken(
                rs.getString("id"),
                rs.getString("subject"),
                Role.parse(role).orElseThrow(() -> new SQLException("unknown role in api_tokens: " + role)),
                Optional.ofNullable(rs.getString("label")),
                Instant.parse(rs.getString("created_at")),
                Optional.ofNullable(rs.getString("revoked_at")).map(Instant::parse));
    }
}
