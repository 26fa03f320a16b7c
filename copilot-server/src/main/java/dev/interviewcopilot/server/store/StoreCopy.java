package dev.interviewcopilot.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies every row of a SQLite store into an empty PostgreSQL store, table by table in the order the migrations
 * created them (so every row a foreign key points to is there first), all in one PostgreSQL transaction. Before
 * that transaction commits, each table's row count and content checksum are compared on both sides, and the
 * caller's own check runs (the audit chains): any difference rolls everything back, so the target ends up with
 * every row or none.
 */
public final class StoreCopy {
    private static final int BATCH = 500;

    private StoreCopy() {}

    /**
     * One table copied.
     *
     * @param table its name
     * @param rows how many rows, equal on both sides
     * @param checksum the SHA-256 of its rows, equal on both sides (independent of row order and collation)
     */
    public record Table(String table, long rows, String checksum) {}

    /** More checking on both connections before the copy commits; throw {@link CopyRefused} to roll it back. */
    @FunctionalInterface
    public interface Check<T> {
        T run(Connection source, Connection target) throws SQLException;
    }

    /**
     * What was copied.
     *
     * @param tables each table, in copy order
     * @param checked what the caller's check found
     */
    public record Copied<T>(List<Table> tables, T checked) {}

    /** The copy failed a check or found the target not empty; nothing was committed. */
    public static final class CopyRefused extends RuntimeException {
        public CopyRefused(String message) {
            super(message);
        }
    }

    /**
     * Copies source into target, which must have the same migrations applied and no rows.
     *
     * @throws CopyRefused if the schemas differ, the target holds rows, or a check fails (nothing is committed)
     */
    public static <T> Copied<T> copy(Database source, Database target, Check<T> check) {
        if (source.dialect() != Dialect.SQLITE || target.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("copies SQLite into PostgreSQL only");
        }
        return source.read(src -> {
            // One read transaction: a consistent snapshot even if something writes to the file meanwhile.
            src.setAutoCommit(false);
            try {
                return target.write(dst -> copyAll(src, dst, check));
            } finally {
                src.rollback();
                src.setAutoCommit(true);
            }
        });
    }

    private static <T> Copied<T> copyAll(Connection src, Connection dst, Check<T> check) throws SQLException {
        List<String> sourceMigrations = migrations(src);
        List<String> targetMigrations = migrations(dst);
        if (!sourceMigrations.equals(targetMigrations)) {
            throw new CopyRefused(
                    "the two databases are at different migrations: " + sourceMigrations + " and " + targetMigrations);
        }
        List<String> tables = tables(src);
        for (String table : tables) {
            long rows = count(dst, table);
            if (rows > 0) {
                throw new CopyRefused(
                        "the target already holds " + rows + " rows in " + table + "; migrate into an empty database");
            }
        }
        List<Table> copied = new ArrayList<>();
        for (String table : tables) {
            copyTable(src, dst, table);
            long sourceRows = count(src, table);
            long targetRows = count(dst, table);
            String sourceSum = checksum(src, table);
            String targetSum = checksum(dst, table);
            if (sourceRows != targetRows || !sourceSum.equals(targetSum)) {
                throw new CopyRefused(table + " differs after the copy: " + sourceRows + " rows (" + sourceSum
                        + ") in SQLite, " + targetRows + " (" + targetSum + ") in PostgreSQL");
            }
            copied.add(new Table(table, targetRows, targetSum));
        }
        return new Copied<>(copied, check.run(src, dst));
    }

    private static List<String> migrations(Connection c) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, name FROM schema_migrations ORDER BY version")) {
            while (rs.next()) {
                applied.add(rs.getLong(1) + ":" + rs.getString(2));
            }
        }
        return applied;
    }

    /** The service's tables in the order they were created, which is an order their foreign keys allow. */
    private static List<String> tables(Connection sqlite) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = sqlite.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY rowid")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        return List.copyOf(columnTypes(c, table).keySet());
    }

    /** The table's columns, in order, with their JDBC types: one metadata query. */
    private static Map<String, Integer> columnTypes(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Integer> types = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
            }
            return types;
        }
    }

    private static void copyTable(Connection src, Connection dst, String table) throws SQLException {
        List<String> columns = columns(src, table);
        Map<String, Integer> target = columnTypes(dst, table);
        if (!target.keySet().equals(Set.copyOf(columns))) {
            throw new CopyRefused(
                    table + " has columns " + columns + " in SQLite but " + target.keySet() + " in PostgreSQL");
        }
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        int[] targetTypes = columns.stream().mapToInt(target::get).toArray();
        try (Statement read = src.createStatement();
                ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table);
                PreparedStatement insert =
                        dst.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
            int pending = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    if (isInteger(targetTypes[i - 1])) {
                        long value = rs.getLong(i);
                        if (rs.wasNull()) {
                            insert.setNull(i, targetTypes[i - 1]);
                        } else {
                            insert.setLong(i, value);
                        }
                    } else {
                        insert.setString(i, rs.getString(i));
                    }
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static boolean isInteger(int type) {
        return type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A SHA-256 over the table's rows, each row hashed from its values as text (NULL marked apart from any text),
     * the row hashes sorted and hashed together: the same rows give the same sum whatever order or collation each
     * database returns them in.
     */
    static String checksum(Connection c, String table) throws SQLException {
        List<String> columns = columns(c, table).stream().sorted().toList();
        List<byte[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
            while (rs.next()) {
                MessageDigest row = sha256();
                for (int i = 1; i <= columns.size(); i++) {
                    String value = rs.getString(i);
                    row.update(value == null ? new byte[] {0} : ("\u0001" + value).getBytes(StandardCharsets.UTF_8));
                    row.update((byte) 0x1f);
                }
                rows.add(row.digest());
            }
        }
        rows.sort(Arrays::compare);
        MessageDigest all = sha256();
        rows.forEach(all::update);
        return HexFormat.of().formatHex(all.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
