package dev.interviewcopilot.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The SQLite store. Writes run one at a time on one platform thread and one connection, each in an
 * immediate transaction that is committed, with {@code synchronous=FULL}, before the call returns: whatever a
 * caller was told is saved survives a crash of the process or the machine. Reads run on a few other platform
 * threads, each with its own connection; WAL lets them read while a write is in progress. Callers on virtual
 * threads simply wait for the result.
 */
final class SqliteDatabase implements Database {
    private static final Logger LOG = Logger.getLogger(SqliteDatabase.class.getName());
    private static final int BUSY_TIMEOUT_MILLIS = 5000;

    private final String url;
    private final ExecutorService writer;
    private final ExecutorService readers;
    private final Connection writeConnection;
    private final ThreadLocal<Connection> readConnection = new ThreadLocal<>();
    private final List<Connection> readConnections = new ArrayList<>();
    private final Path file;

    private SqliteDatabase(Path file, int readThreads) throws SQLException {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.writeConnection = open();
        AtomicInteger n = new AtomicInteger();
        this.writer = Executors.newSingleThreadExecutor(r -> daemon(r, "db-writer"));
        this.readers = Executors.newFixedThreadPool(readThreads, r -> daemon(r, "db-reader-" + n.incrementAndGet()));
    }

    /**
     * Opens (creating if needed) the database file and applies the pending migrations.
     *
     * @throws StoreException if the file cannot be opened or a migration fails
     */
    static SqliteDatabase open(Path file, Migrations migrations) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            SqliteDatabase database = new SqliteDatabase(file, 2);
            try {
                database.write(c -> migrations.apply(c, Dialect.SQLITE));
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (java.io.IOException | SQLException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T write(Work<T> work) {
        return await(writer.submit(() -> {
            Connection c = writeConnection;
            try (Statement begin = c.createStatement()) {
                begin.execute("BEGIN IMMEDIATE");
            }
            try {
                T result = work.run(c);
                try (Statement commit = c.createStatement()) {
                    commit.execute("COMMIT");
                }
                return result;
            } catch (Throwable e) {
                try (Statement rollback = c.createStatement()) {
                    rollback.execute("ROLLBACK");
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                throw e;
            }
        }));
    }

    @Override
    public <T> T read(Work<T> work) {
        return await(readers.submit(() -> work.run(readConnection())));
    }

    private Connection readConnection() throws SQLException {
        Connection c = readConnection.get();
        if (c == null) {
            c = open();
            readConnection.set(c);
            synchronized (readConnections) {
                readConnections.add(c);
            }
        }
        return c;
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
        }
        return c;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StoreException("database error: " + cause.getMessage(), cause);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public String describe() {
        return "SQLite " + file;
    }

    @Override
    public void close() {
        writer.shutdown();
        readers.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
            readers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(writeConnection);
        synchronized (readConnections) {
            readConnections.forEach(SqliteDatabase::closeQuietly);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warning(() -> "closing a database connection failed: " + e.getMessage());
        }
    }
}
