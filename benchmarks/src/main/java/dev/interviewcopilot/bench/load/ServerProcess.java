package dev.interviewcopilot.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server in a JVM of its own (the load generator must not share its CPU accounting or its heap), on a
 * random loopback port, with a flight recording of virtual-thread pinning over 20 ms written when it stops.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final int port;
    private final Path data;
    private final Path recording;

    private ServerProcess(Process process, int port, Path data, Path recording) {
        this.process = process;
        this.port = port;
        this.data = data;
        this.recording = recording;
    }

    /** Starts the server over {@code data} with extra environment settings and waits until it listens. */
    static ServerProcess start(Path data, Map<String, String> environment) throws IOException {
        Files.createDirectories(data);
        Path recording = data.resolve("server.jfr");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "--add-modules=jdk.incubator.vector",
                "-XX:StartFlightRecording=filename=" + recording + ",dumponexit=true,settings=default,"
                        + "jdk.VirtualThreadPinned#enabled=true,jdk.VirtualThreadPinned#threshold=20ms",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.interviewcopilot.server.Main"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("COPILOT_DATA_DIR", data.toString());
        builder.environment().put("SERVER_PORT", "0");
        builder.environment().put("COPILOT_LOG_ACCESS", "false");
        builder.environment().put("COPILOT_AUTH_RATE_REQUESTS", "10000000");
        builder.environment().put("COPILOT_AUTH_RATE_BURST", "10000000");
        builder.environment().remove("COPILOT_CONFIG");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        BufferedReader log =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        List<String> seen = new ArrayList<>();
        String line;
        while (Instant.now().isBefore(deadline) && (line = log.readLine()) != null) {
            seen.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread.ofPlatform().daemon().start(() -> {
                    try {
                        log.lines().forEach(l -> {});
                    } catch (java.io.UncheckedIOException closed) {
                        // the server stopped and its output closed: nothing more to drain
                    }
                });
                return new ServerProcess(process, Integer.parseInt(m.group(1)), data, recording);
            }
        }
        process.destroyForcibly();
        throw new IOException("the server did not start:\n" + String.join("\n", seen));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The admin token the first start wrote. */
    String adminToken() throws IOException {
        return Files.readString(data.resolve("admin-token")).strip();
    }

    /** The flight recording, complete once the server has stopped. */
    Path recording() {
        return recording;
    }

    /** Stops the server gracefully (so the recording is written) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
