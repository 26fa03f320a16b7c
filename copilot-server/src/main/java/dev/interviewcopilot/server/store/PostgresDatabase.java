package dev.interviewcopilot.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The PostgreSQL store: a pool of connections shared by the instance's request threads. Each write is one
 * serializable transaction; one that loses a race with a concurrent transaction (from this instance or another)
 * is rolled back and run again from the start, so concurrent writers behave as SQLite's single writer does. Every
 * connection commits with {@code synchronous_commit = on}: a write is on the server's disk before it is
 * acknowledged, whatever the server's default.
 */
final class PostgresDatabase implements Database {
    private static final Logger LOG = Logger.getLogger(PostgresDatabase.class.getName());

    /** Attempts of a write transaction before its last failure is reported. */
    static final int ATTEMPTS = 12;

    private final HikariDataSource pool;
    private final String description;

    private PostgresDatabase(HikariDataSource pool, String description) {
        this.pool = pool;
        this.description = description;
    }

    static PostgresDatabase open(StoreSettings settings, Migrations migrations) {
        String url = settings.url().orElseThrow(() -> new StoreException("no PostgreSQL URL is configured"));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setPoolName("copilot-store");
        config.setConnectionTimeout(5_000);
        config.setConnectionInitSql("SET synchronous_commit = on");
        config.addDataSourceProperty("ApplicationName", "interview-copilot");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            throw new StoreException(
                    "cannot connect to " + settings.describe() + ": " + rootMessage(e)
                            + " (check copilot.store.url, copilot.store.user and copilot.store.password)",
                    e);
        }
        PostgresDatabase database = new PostgresDatabase(pool, settings.describe());
        try {
            database.transaction(Connection.TRANSACTION_READ_COMMITTED, c -> migrations.apply(c, Dialect.POSTGRESQL));
            database.warnIfNotDurable();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public <T> T write(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction(Connection.TRANSACTION_SERIALIZABLE, work);
            } catch (Retry retry) {
                if (attempt >= ATTEMPTS) {
                    throw new StoreException(
                            "a write kept conflicting with concurrent writes (" + ATTEMPTS + " attempts): "
                                    + retry.getCause().getMessage(),
                            retry.getCause());
                }
                pause(attempt);
            }
        }
    }

    @Override
    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** One transaction at the given isolation; a failure a new attempt may cure comes out as {@link Retry}. */
    private <T> T transaction(int isolation, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(isolation);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Throwable e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                if (e instanceof SQLException sql && Dialect.POSTGRESQL.retriable(sql)) {
                    throw new Retry(sql);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A database that cannot be reached is told apart from a failed statement: the first is worth retrying later. */
    private RuntimeException failure(SQLException e) {
        if (Dialect.unreachable(e)) {
            return new StoreUnavailableException(description + " cannot be reached: " + e.getMessage(), e);
        }
        return new StoreException("database error: " + e.getMessage(), e);
    }

    /** Backs off a little more after each conflict, with jitter, so the transactions that collided spread out. */
    private static void pause(int attempt) {
        long ceiling = Math.min(200, 2L << Math.min(attempt, 7));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying a write", e);
        }
    }

    /** A server that does not flush its log cannot keep an acknowledged write through a crash: say so at start. */
    private void warnIfNotDurable() {
        String fsync = read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SHOW fsync")) {
                rs.next();
                return rs.getString(1);
            }
        });
        if (!"on".equalsIgnoreCase(fsync)) {
            LOG.warning(() -> "the PostgreSQL server runs with fsync=" + fsync
                    + ": acknowledged writes may be lost if it crashes");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** A transaction lost a race and may be run again. */
    private static final class Retry extends RuntimeException {
        Retry(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
