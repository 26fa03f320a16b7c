package dev.interviewcopilot.server.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What differs between the two databases the service can run on, and nothing else: the repositories and migrations
 * are written once, in SQL both accept, and every difference is decided here (ADR 0013).
 */
public enum Dialect {
    /** The embedded default: one file, one writer at a time. */
    SQLITE("sqlite", "SQLite"),
    /** The production store: several instances share one server. */
    POSTGRESQL("postgresql", "PostgreSQL");

    /**
     * SQLSTATEs after which a serializable write transaction is run again from the start: a serialization failure,
     * a deadlock, and a unique violation, which is how PostgreSQL reports two transactions that both read the
     * highest sequence number of a chain and inserted the next one (it cannot see that the insert followed the
     * read). A real duplicate fails again on every attempt and is reported after the last one.
     */
    private static final Set<String> RETRIED_STATES = Set.of("40001", "40P01", "23505");

    private static final Pattern INTEGER_TYPE = Pattern.compile("\\bINTEGER\\b");

    /** The advisory lock key that makes concurrent instances apply migrations one after the other. */
    private static final long MIGRATION_LOCK = 0x636f70696c6f74L; // "copilot"

    private final String id;
    private final String displayName;

    Dialect(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The name used in configuration and in dialect-specific migration folders. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The dialect with this configuration name, if any. */
    public static Optional<Dialect> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (d.id.equals(wanted) || (d == POSTGRESQL && wanted.equals("postgres"))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * A migration statement as this database must read it. SQLite's INTEGER holds 64 bits and PostgreSQL's 32, so
     * PostgreSQL reads INTEGER as BIGINT: a sequence number or a millisecond offset never overflows on one store
     * and not the other.
     */
    String migrationStatement(String statement) {
        return this == POSTGRESQL ? INTEGER_TYPE.matcher(statement).replaceAll("BIGINT") : statement;
    }

    /** Whether a failed write transaction may succeed when run again from the start. */
    boolean retriable(SQLException e) {
        if (this != POSTGRESQL) {
            return false; // one writer at a time: a failure is never caused by a concurrent transaction
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && RETRIED_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure means the database could not be reached, rather than that the work was wrong: a pool that
     * timed out waiting for a connection, a broken connection (SQLSTATE class 08), or a server shutting down or
     * starting (57P01-57P03).
     */
    static boolean unreachable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A statement that, run first in the migration transaction, keeps other instances out until it commits. */
    Optional<String> migrationLock() {
        return this == POSTGRESQL
                ? Optional.of("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")")
                : Optional.empty();
    }
}
