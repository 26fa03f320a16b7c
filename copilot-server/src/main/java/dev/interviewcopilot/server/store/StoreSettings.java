package dev.interviewcopilot.server.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the service keeps its records.
 *
 * @param dialect SQLite (the default) or PostgreSQL
 * @param sqliteFile the SQLite database file (used when the dialect is SQLite)
 * @param url the PostgreSQL JDBC URL, {@code jdbc:postgresql://host:port/database}
 * @param user the PostgreSQL user, when not given in the URL
 * @param password the PostgreSQL password; never printed
 * @param poolSize the most PostgreSQL connections this instance holds
 */
public record StoreSettings(
        Dialect dialect,
        Path sqliteFile,
        Optional<String> url,
        Optional<String> user,
        Optional<String> password,
        int poolSize) {

    /** The embedded default: a SQLite file. */
    public static StoreSettings sqlite(Path file) {
        return new StoreSettings(Dialect.SQLITE, file, Optional.empty(), Optional.empty(), Optional.empty(), 1);
    }

    /** A PostgreSQL server. */
    public static StoreSettings postgresql(String url, Optional<String> user, Optional<String> password, int poolSize) {
        return new StoreSettings(Dialect.POSTGRESQL, Path.of(""), Optional.of(url), user, password, poolSize);
    }

    /** Where the records are, for logs: the file, or the URL and user, never the password. */
    public String describe() {
        return switch (dialect) {
            case SQLITE -> "SQLite " + sqliteFile;
            case POSTGRESQL ->
                "PostgreSQL " + url.orElse("?") + user.map(u -> " as " + u).orElse("") + " (pool of " + poolSize + ")";
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
