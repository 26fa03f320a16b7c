package dev.interviewcopilot.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx ({@code .ci/run} installs it) in front of server processes, configured by the very file the
 * README tells an operator to install, {@code deploy/nginx/interview-copilot.conf}, with only the addresses
 * changed: the instances' ports for the example upstreams and a free loopback port to listen on.
 */
public final class TestNginx implements AutoCloseable {
    static final Path SITE =
            TestBank.dir().resolveSibling("deploy").resolve("nginx").resolve("interview-copilot.conf");

    private final Process process;
    private final int port;
    private final Path dir;

    private TestNginx(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** Starts nginx in front of two instances and waits until it listens. */
    public static TestNginx inFrontOf(ServerProcess first, ServerProcess second) {
        Path nginx = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(nginx)) {
            String missing = "the reverse-proxy tests need nginx: install Debian's package (apt-get install"
                    + " nginx-core; .ci/run does)";
            if (System.getenv("CI") == null) {
                Assumptions.abort(missing); // skipped on a developer's machine without it; CI must run them
            }
            throw new IllegalStateException(missing);
        }
        try {
            Path dir = Files.createTempDirectory("copilot-nginx");
            int port = freePort();
            String site = Files.readString(SITE)
                    .replace("server 127.0.0.1:8081 ", "server 127.0.0.1:" + first.port() + " ")
                    .replace("server 127.0.0.1:8082 ", "server 127.0.0.1:" + second.port() + " ")
                    .replace("listen 8080;", "listen 127.0.0.1:" + port + ";");
            if (site.contains(":8081 ") || site.contains(":8082 ") || site.contains("listen 8080;")) {
                throw new IllegalStateException(SITE + " no longer has the example addresses this test replaces");
            }
            Files.writeString(dir.resolve("site.conf"), site);
            boolean root = "root".equals(System.getProperty("user.name"));
            Files.writeString(dir.resolve("nginx.conf"), """
                    %s
                    daemon off;
                    worker_processes 1;
                    pid %s/nginx.pid;
                    error_log %s/error.log warn;
                    events { worker_connections 256; }
                    http {
                        access_log off;
                        client_body_temp_path %s/body;
                        proxy_temp_path %s/proxy;
                        fastcgi_temp_path %s/fastcgi;
                        uwsgi_temp_path %s/uwsgi;
                        scgi_temp_path %s/scgi;
                        include %s/site.conf;
                    }
                    """.formatted(
                            root ? "user root;" : "", dir, dir, dir, dir, dir, dir, dir, dir));
            Process process = new ProcessBuilder(
                            nginx.toString(),
                            "-p",
                            dir.toString(),
                            "-c",
                            dir.resolve("nginx.conf").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .start();
            TestNginx started = new TestNginx(process, port, dir);
            started.awaitListening();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("stdout.log"))
                        + Files.readString(dir.resolve("error.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("nginx did not listen within 20 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** nginx's own error log, for a failing test's message. */
    public List<String> errors() {
        try {
            return Files.readAllLines(dir.resolve("error.log"));
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
