package dev.interviewcopilot.server;

import dev.interviewcopilot.server.store.StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests: a throwaway cluster started from Debian's {@code postgresql} package
 * ({@code .ci/run} installs it) on a free loopback port, with password authentication, stopped and deleted when the
 * test JVM exits. Each test gets a database of its own from {@link #newDatabase()}. Set
 * {@code COPILOT_TEST_POSTGRES_URL} (a {@code jdbc:postgresql://host:port/} base URL, plus
 * {@code COPILOT_TEST_POSTGRES_USER} and {@code COPILOT_TEST_POSTGRES_PASSWORD}) to use a server of your own
 * instead; its user must be allowed to create databases.
 */
public final class TestPostgres {
    private static final String USER = "copilot";
    private static final String PASSWORD = "copilot-test-password";
    private static TestPostgres instance;

    private final String baseUrl;
    private final String user;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();
    /** The cluster this process started, or empty for a server of the user's. */
    private final Optional<Cluster> cluster;

    private TestPostgres(String baseUrl, String user, String password, Optional<Cluster> cluster) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.cluster = cluster;
    }

    /** The server, started on first use. */
    public static synchronized TestPostgres shared() {
        if (instance == null) {
            String url = System.getenv("COPILOT_TEST_POSTGRES_URL");
            if (url != null && !url.isBlank()) {
                instance = new TestPostgres(
                        url.endsWith("/") ? url : url + "/",
                        Optional.ofNullable(System.getenv("COPILOT_TEST_POSTGRES_USER"))
                                .orElse(USER),
                        Optional.ofNullable(System.getenv("COPILOT_TEST_POSTGRES_PASSWORD"))
                                .orElse(""),
                        Optional.empty());
            } else {
                instance = startCluster();
            }
        }
        return instance;
    }

    /** A cluster of its own, for a test that crashes and restarts the server; stopped when the JVM exits. */
    public static TestPostgres dedicated() {
        return startCluster();
    }

    /**
     * Crashes the server as a power cut would look to it (an immediate stop: no checkpoint, no flush beyond what
     * each commit already forced). {@link #start()} brings it back; it recovers from its write-ahead log.
     */
    public void crash() {
        own().pgCtl("-m", "immediate", "-w", "stop");
    }

    /** Starts a cluster of this process's again after {@link #crash()}. */
    public void start() {
        own().start();
    }

    public void crashAndRestart() {
        crash();
        start();
    }

    private Cluster own() {
        return cluster.orElseThrow(() -> new IllegalStateException("only a cluster this process started"));
    }

    /** A new, empty database on the server. */
    public Target newDatabase() {
        String name = "copilot_t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(baseUrl + "postgres", user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return new Target(baseUrl + name, user, password);
    }

    /**
     * One test database.
     *
     * @param url its JDBC URL
     * @param user who connects
     * @param password with what
     */
    public record Target(String url, String user, String password) {
        /** Store settings for it, with a pool of the given size. */
        public StoreSettings settings(int poolSize) {
            return StoreSettings.postgresql(url, Optional.of(user), Optional.of(password), poolSize);
        }

        /** Configuration keys (for {@link TestServer#started}) that put a server's records here. */
        public Map<String, String> config() {
            return Map.of(
                    "copilot.store.kind", "postgresql",
                    "copilot.store.url", url,
                    "copilot.store.user", user,
                    "copilot.store.password", password);
        }

        /** The same as environment variables, for a server process. */
        public Map<String, String> environment() {
            Map<String, String> env = new HashMap<>();
            config().forEach((key, value) -> env.put(CopilotConfig.envName(key), value));
            return env;
        }

        /** A plain connection, for a test to look at the tables itself. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private static TestPostgres startCluster() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && !Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
            throw missing();
        }
        try {
            Path dir = Files.createTempDirectory("copilot-postgres");
            Path passwordFile = dir.resolve("password");
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            if (root) {
                // initdb refuses to run as root: the cluster belongs to the package's postgres user.
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            }
            Cluster cluster = new Cluster(bin, dir, root, freePort());
            run(
                    List.of(
                            bin.resolve("initdb").toString(),
                            "-D",
                            dir.resolve("data").toString(),
                            "-U",
                            USER,
                            "--pwfile=" + passwordFile,
                            "-A",
                            "scram-sha-256",
                            "-E",
                            "UTF8",
                            "--locale=C",
                            "--no-instructions"),
                    root);
            cluster.start();
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::remove));
            return new TestPostgres(
                    "jdbc:postgresql://127.0.0.1:" + cluster.port() + "/", USER, PASSWORD, Optional.of(cluster));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
        }
    }

    /** A throwaway cluster: Debian's binaries, a temporary directory, a loopback port. */
    private record Cluster(Path bin, Path dir, boolean root, int port) {
        void start() {
            pgCtl(
                    "-l",
                    dir.resolve("server.log").toString(),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir
                            + " -c max_connections=300 -c shared_buffers=64MB",
                    "start");
        }

        void pgCtl(String... args) {
            List<String> command = new ArrayList<>(List.of(
                    bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString()));
            command.addAll(List.of(args));
            run(command, root);
        }

        /** Stops the server and deletes the cluster: the JVM is exiting. */
        void remove() {
            try {
                pgCtl("-m", "fast", "-w", "stop");
            } catch (RuntimeException e) {
                // already stopped; the directory goes anyway
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a leftover temporary directory is harmless
            }
        }
    }

    /** The newest installed server's binaries, from Debian's layout. */
    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(
                            b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(TestPostgres::missing);
        } catch (IOException e) {
            throw missing();
        }
    }

    private static final String MISSING = "the PostgreSQL tests need a PostgreSQL server: install Debian's package"
            + " (apt-get install postgresql; .ci/run does) or set COPILOT_TEST_POSTGRES_URL to a server of yours";

    /** Skips the calling test where no server can be had, except on CI, where it must run. */
    private static RuntimeException missing() {
        if (System.getenv("CI") == null) {
            Assumptions.abort(MISSING);
        }
        return new IllegalStateException(MISSING);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(Duration.ofSeconds(90).toMillis(), TimeUnit.MILLISECONDS)
                    || process.exitValue() != 0) {
                throw new IllegalStateException("'" + String.join(" ", full) + "' failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
