package dev.interviewcopilot.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The service's records, on SQLite (the embedded default) or PostgreSQL (several instances on one server). Both
 * give the repositories the same guarantees: a write runs in one transaction that is committed and durable before
 * {@link #write} returns, and concurrent writes behave as if they ran one after the other (serializable), so a
 * read-then-write such as an optimistic version check or the next link of an audit chain is never lost to a
 * concurrent writer, whichever instance it came from.
 */
public interface Database extends AutoCloseable {

    /** Work that uses a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs work in one write transaction, committed before this returns; any exception rolls it back. The work may
     * run more than once (PostgreSQL retries a transaction that lost a race with another), so it must not have
     * effects outside the connection: deliver results after this returns.
     */
    <T> T write(Work<T> work);

    /** Runs read-only work on committed data. */
    <T> T read(Work<T> work);

    /** Whether the database answers within two seconds; for readiness checks. */
    default boolean answers() {
        try {
            return read(c -> c.isValid(2));
        } catch (StoreException | StoreUnavailableException e) {
            return false;
        }
    }

    /** Which database this is. */
    Dialect dialect();

    /** Where the records are, for logs; never a password. */
    String describe();

    @Override
    void close();

    /**
     * Opens the configured store and applies the pending migrations.
     *
     * @throws StoreException if it cannot be reached or a migration fails
     */
    static Database open(StoreSettings settings, Migrations migrations) {
        return switch (settings.dialect()) {
            case SQLITE -> SqliteDatabase.open(settings.sqliteFile(), migrations);
            case POSTGRESQL -> PostgresDatabase.open(settings, migrations);
        };
    }

    /** Opens (creating if needed) a SQLite database file and applies the pending migrations. */
    static Database open(Path file, Migrations migrations) {
        return SqliteDatabase.open(file, migrations);
    }
}
