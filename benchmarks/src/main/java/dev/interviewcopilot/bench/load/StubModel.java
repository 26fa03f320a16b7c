package dev.interviewcopilot.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible chat endpoint on loopback that waits a fixed time before its first token, then streams a
 * fixed set of probes in small chunks: a model whose time to first token is known exactly, so what the service
 * adds on top can be measured. Records, per request, the time from arrival to the first token written.
 */
final class StubModel implements AutoCloseable {
    private static final String PROBES = "{\"probes\": ["
            + "{\"text\": \"If the client retries after a timeout, what keeps it from booking twice?\","
            + " \"target\": {\"kind\": \"key-point\", \"id\": \"idempotency-key\"}, \"why\": \"Not shown yet.\"},"
            + "{\"text\": \"Two requests check the same room in the same millisecond. What happens next?\","
            + " \"target\": {\"kind\": \"key-point\", \"id\": \"race-window\"}, \"why\": \"Not shown yet.\"}]}";

    private final HttpServer server;
    private final Duration firstToken;
    private final Latencies ttft = new Latencies();

    private StubModel(Duration firstToken) throws IOException {
        this.firstToken = firstToken;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", this::complete);
        server.start();
    }

    static StubModel start(Duration firstToken) throws IOException {
        return new StubModel(firstToken);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Arrival to first token written, per request, in the stub itself. */
    Latencies timeToFirstToken() {
        return ttft;
    }

    private void complete(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean stream = request.replace(" ", "").contains("\"stream\":true");
        sleepUntil(arrived + firstToken.toNanos());
        if (!stream) {
            byte[] body = ("{\"id\": \"c1\", \"object\": \"chat.completion\", \"created\": 1, \"model\": \"stub\","
                            + " \"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": "
                            + quote(PROBES) + "}, \"finish_reason\": \"stop\"}],"
                            + " \"usage\": {\"prompt_tokens\": 900, \"completion_tokens\": 80, \"total_tokens\": 980}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            ttft.add(System.nanoTime() - arrived);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            boolean first = true;
            for (int i = 0; i < PROBES.length(); i += 12) {
                String chunk = PROBES.substring(i, Math.min(PROBES.length(), i + 12));
                out.write(("data: {\"id\": \"c1\", \"object\": \"chat.completion.chunk\", \"created\": 1, \"model\":"
                                + " \"stub\", \"choices\": [{\"index\": 0, \"delta\": {\"content\": " + quote(chunk)
                                + "}, \"finish_reason\": null}]}\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (first) {
                    ttft.add(System.nanoTime() - arrived);
                    first = false;
                }
            }
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
