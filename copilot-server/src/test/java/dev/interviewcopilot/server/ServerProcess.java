package dev.interviewcopilot.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server in a process of its own, as it runs in production: started from the test class path with the test
 * bank, configured by environment variables, on a random loopback port read from its log. For tests that kill a
 * server or run several against one database.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final int port;
    private final List<String> log;

    private ServerProcess(Process process, int port, List<String> log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a server with its own data directory plus the given environment, and waits until it listens (the
     * first start builds the search index: seconds).
     */
    public static ServerProcess start(Path dataDir, Map<String, String> environment) {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.interviewcopilot.server.Main");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("COPILOT_"));
        env.put("COPILOT_DATA_DIR", dataDir.toString());
        env.put("COPILOT_BANK_DIR", TestBank.dir().toString());
        env.put("COPILOT_PROMPTS_DIR", TestBank.promptsDir().toString());
        env.put("SERVER_PORT", "0");
        env.put("COPILOT_LOG_ACCESS", "false");
        env.putAll(environment);
        builder.redirectErrorStream(true);
        try {
            Process process = builder.start();
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            int port = port(process, log);
            return new ServerProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a server process", e);
        }
    }

    private static int port(Process server, List<String> log) throws IOException {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        String line;
        while (Instant.now().isBefore(deadline) && (line = lines.readLine()) != null) {
            log.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                // Keep draining the log so the server never blocks on a full pipe.
                Thread.ofPlatform().daemon().start(() -> lines.lines().forEach(log::add));
                return Integer.parseInt(m.group(1));
            }
        }
        server.destroyForcibly();
        throw new AssertionError("the server did not start; its log:\n" + String.join("\n", log));
    }

    public int port() {
        return port;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** What the server has logged so far. */
    public List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no final commit. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** Stops the server as an operator would (SIGTERM), waiting for its graceful shutdown. */
    @Override
    public void close() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
