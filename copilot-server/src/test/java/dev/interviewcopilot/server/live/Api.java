package dev.interviewcopilot.server.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewcopilot.server.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A small JSON client for one server: what a UI or a speech-to-text tool would send. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, URI> uri;
    private final String token;
    private final HttpClient client = HttpClient.newHttpClient();

    /** A client that sends {@code token} as its bearer token. */
    Api(Function<String, URI> uri, String token) {
        this.uri = uri;
        this.token = token;
    }

    /** A client of a test server, as its admin. */
    Api(TestServer server) {
        this(server::uri, server.admin());
    }

    /** The same server, as the holder of another token. */
    Api as(String otherToken) {
        return new Api(uri, otherToken);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri.apply(path)).header("Authorization", "Bearer " + token);
    }

    /**
     * A response: status and body parsed as JSON (or as text in {@code text}).
     *
     * @param status the HTTP status
     * @param json the body as JSON, or a missing node
     * @param text the body as text
     * @param contentType the content type
     */
    record Reply(int status, JsonNode json, String text, String contentType) {}

    /**
     * A server-sent event.
     *
     * @param name its name
     * @param data its data, parsed
     */
    record Event(String name, JsonNode data) {}

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply post(String path, Object body) {
        return send(json(path, body).POST(publisher(body)));
    }

    Reply put(String path, Object body) {
        return send(json(path, body).PUT(publisher(body)));
    }

    Reply patch(String path, Object body) {
        return send(json(path, body).method("PATCH", publisher(body)));
    }

    /** POSTs asking for an event stream and collects the events until the server ends the stream. */
    List<Event> stream(String path, Object body) {
        HttpRequest request = json(path, body)
                .header("Accept", "text/event-stream")
                .POST(publisher(body))
                .build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response =
                    client.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new AssertionError("stream answered " + response.statusCode());
            }
            List<Event> events = new ArrayList<>();
            String[] name = {null};
            response.body().forEach(line -> {
                if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    events.add(new Event(name[0], parse(line.substring(5).strip())));
                }
            });
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * GETs an event stream and hands its events, as they arrive, to a queue; comments arrive as events named
     * {@code :comment}. The returned stream closes the connection.
     */
    java.io.Closeable follow(
            String path, java.util.Map<String, String> headers, java.util.concurrent.BlockingQueue<Event> events) {
        HttpRequest.Builder request = request(path).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        try {
            HttpResponse<java.io.InputStream> response =
                    client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new AssertionError("stream answered " + response.statusCode());
            }
            java.io.InputStream body = response.body();
            Thread reader = Thread.ofVirtual().start(() -> {
                try (java.io.BufferedReader lines = new java.io.BufferedReader(
                        new java.io.InputStreamReader(body, java.nio.charset.StandardCharsets.UTF_8))) {
                    String name = null;
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith(":")) {
                            events.add(new Event(":comment", JSON.missingNode()));
                        } else if (line.startsWith("event:")) {
                            name = line.substring(6).strip();
                        } else if (line.startsWith("data:")) {
                            events.add(new Event(name, parse(line.substring(5).strip())));
                        }
                    }
                } catch (IOException e) {
                    // closed by the test
                }
            });
            return () -> {
                body.close();
                reader.interrupt();
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder json(String path, Object body) {
        return request(path).header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    parse(response.body()),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return text.isEmpty() ? JSON.missingNode() : JSON.readTree(text);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}
