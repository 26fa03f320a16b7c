package dev.interviewcopilot.server;

import dev.interviewcopilot.server.access.Role;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One real server on a random loopback port, started once per test JVM over the real bank and the real embedding
 * model (loading them takes seconds, so the integration tests share it), with a JDK HTTP client.
 */
public final class TestServer {
    private static TestServer instance;

    private final App app;
    private final WebServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private TestServer(App app, WebServer server) {
        this.app = app;
        this.server = server;
    }

    /** The shared server, started on first use and stopped when the JVM exits. */
    public static synchronized TestServer shared() {
        if (instance == null) {
            Config config = config(Map.of());
            App app = App.start(CopilotConfig.from(config));
            WebServer server = Main.start(config, app);
            instance = new TestServer(app, server);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                app.close();
            }));
        }
        return instance;
    }

    /** A server of its own with configuration overrides (a model stub, a switch); stop it with {@link #stop()}. */
    public static TestServer started(Map<String, String> overrides) {
        Config config = config(overrides);
        App app = App.start(CopilotConfig.from(config));
        return new TestServer(app, Main.start(config, app));
    }

    /** Stops a server from {@link #started(Map)}. */
    public void stop() {
        server.stop();
        app.close();
    }

    /** Test configuration: the bundled defaults, a random port, a temporary data directory, plus overrides. */
    public static Config config(Map<String, String> overrides) {
        try {
            Path data = Files.createTempDirectory("copilot-test-data");
            deleteOnExit(data);
            Map<String, String> values = new HashMap<>(Map.of(
                    "server.port", "0",
                    "copilot.bank.dir", TestBank.dir().toString(),
                    "copilot.prompts.dir", TestBank.promptsDir().toString(),
                    "copilot.data.dir", data.toString(),
                    "copilot.eval.runs",
                            TestBank.dir()
                                    .resolveSibling("copilot-server")
                                    .resolve("src/test/resources/eval-runs")
                                    .toString()));
            // Tests send thousands of requests with one token; RateLimitIT sets its own small limits.
            values.put("copilot.auth.rate.requests", "10000000");
            values.put("copilot.auth.rate.burst", "10000000");
            values.put("copilot.auth.failed.requests", "10000000");
            values.putAll(overrides);
            return defaultsWith(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a temporary directory when the test JVM exits, after the servers using it have stopped. */
    private static void deleteOnExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a leftover temporary directory is harmless
            }
        }));
    }

    /** The bundled defaults under the given values, without this machine's environment or system properties. */
    public static Config defaultsWith(Map<String, String> values) {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(values))
                .addSource(ConfigSources.classpath("application.yaml"))
                .build();
    }

    /** Where this server keeps its database and index. */
    public Path dataDir() {
        return app.config().dataDir();
    }

    public App app() {
        return app;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /**
     * The token of {@code subject} in {@code role}, issued on first use. {@code admin()} is what requests carry
     * unless they name another.
     */
    public String token(Role role, String subject) {
        return tokens.computeIfAbsent(
                role.wireName() + "/" + subject,
                k -> app.tokens().issue(subject, role, Optional.of("test")).secret());
    }

    /** The admin token this server wrote to its data directory on first start. */
    public String admin() {
        return tokens.computeIfAbsent("admin-file", k -> {
            try {
                return Files.readString(dataDir().resolve("admin-token")).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** GETs a path as the admin and returns the response with its body as text. */
    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Sends a request; one without an Authorization header is sent as the admin's. */
    public HttpResponse<String> send(HttpRequest request) {
        if (request.headers().firstValue("Authorization").isPresent()) {
            return sendAsIs(request);
        }
        return sendAsIs(HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", "Bearer " + admin())
                .build());
    }

    /** Sends a request exactly as built: without credentials if it has none. */
    public HttpResponse<String> sendAsIs(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
