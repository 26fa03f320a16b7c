package dev.interviewcopilot.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Versioned schema migrations: SQL files on the classpath under {@code db/migrations/}, listed in order in
 * {@code db/migrations/index.txt}, applied once each and recorded with a checksum. An applied migration whose file
 * has since changed stops start-up: a migration is never edited, a new one is added.
 */
public final class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final String ROOT = "db/migrations/";

    private final List<Migration> migrations;

    /**
     * One migration: its version (the order), name and SQL, plus the SQL of any database that needs its own
     * (a trigger, say, which SQLite and PostgreSQL write differently).
     */
    record Migration(int version, String name, String sql, Map<Dialect, String> variants) {
        Migration {
            variants = Map.copyOf(variants);
        }

        Migration(int version, String name, String sql) {
            this(version, name, sql, Map.of());
        }

        /** The SQL this database runs. */
        String sql(Dialect dialect) {
            return variants.getOrDefault(dialect, sql);
        }

        /** The checksum recorded when it is applied to this database. */
        String checksum(Dialect dialect) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(sql(dialect).getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    List<Migration> migrationsForTest() {
        return migrations;
    }

    /** The migrations bundled with the service. */
    public static Migrations bundled() {
        List<Migration> list = new ArrayList<>();
        String index = resource("index.txt");
        int version = 0;
        for (String line : index.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            version++;
            Map<Dialect, String> variants = new EnumMap<>(Dialect.class);
            for (Dialect dialect : Dialect.values()) {
                optionalResource(dialect.id() + "/" + line).ifPresent(sql -> variants.put(dialect, sql));
            }
            if (variants.size() == Dialect.values().length) {
                list.add(new Migration(version, line, variants.get(Dialect.SQLITE), variants));
            } else {
                list.add(new Migration(version, line, resource(line), variants));
            }
        }
        return new Migrations(list);
    }

    private static String resource(String name) {
        return optionalResource(name)
                .orElseThrow(() -> new StoreException("missing migration resource " + ROOT + name));
    }

    private static Optional<String> optionalResource(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot read " + ROOT + name, e);
        }
    }

    /** The versions and names of the bundled migrations, in order. */
    public List<String> names() {
        return migrations.stream().map(m -> m.version() + ":" + m.name()).toList();
    }

    /**
     * Applies what has not been applied yet, inside the caller's transaction. Returns how many ran. On PostgreSQL
     * the caller's transaction must read committed data at each statement: instances starting together wait on a
     * lock here, and the one that waited must then see what the first applied.
     */
    int apply(Connection c, Dialect dialect) throws SQLException {
        if (dialect.migrationLock().isPresent()) {
            try (Statement s = c.createStatement()) {
                s.execute(dialect.migrationLock().get());
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        Map<Integer, String[]> applied = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, name, checksum FROM schema_migrations")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        int ran = 0;
        for (Migration m : migrations) {
            String[] done = applied.get(m.version());
            if (done != null) {
                if (!done[1].equals(m.checksum(dialect))) {
                    throw new StoreException("migration " + m.version() + " (" + m.name()
                            + ") has changed since it was applied; add a new migration instead of editing it");
                }
                continue;
            }
            for (String statement : statements(m.sql(dialect))) {
                try (Statement s = c.createStatement()) {
                    s.execute(dialect.migrationStatement(statement));
                }
            }
            try (PreparedStatement record = c.prepareStatement(
                    "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                record.setInt(1, m.version());
                record.setString(2, m.name());
                record.setString(3, m.checksum(dialect));
                record.setString(4, Instant.now().toString());
                record.executeUpdate();
            }
            ran++;
            LOG.info(() -> "applied database migration " + m.version() + ": " + m.name());
        }
        if (applied.size() > migrations.size()) {
            throw new StoreException("the database has " + applied.size() + " migrations applied but this version of"
                    + " the service knows " + migrations.size() + "; it was written by a newer version");
        }
        return ran;
    }

    /**
     * The statements of a migration file: separated by semicolons at line ends, except inside a {@code $$}-quoted
     * function body; comment lines dropped.
     */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : sql.lines().toList()) {
            String trimmed = line.strip();
            if (!inBody && (trimmed.startsWith("--") || trimmed.isEmpty())) {
                continue;
            }
            current.append(line).append('\n');
            if ((line.split("\\$\\$", -1).length - 1) % 2 == 1) {
                inBody = !inBody;
            }
            if (!inBody && trimmed.endsWith(";")) {
                out.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
