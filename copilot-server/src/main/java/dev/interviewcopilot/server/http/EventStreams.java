package dev.interviewcopilot.server.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Server-sent events: whether a client asked for them, and writing JSON events to a stream the client may leave. */
public final class EventStreams {
    private EventStreams() {}

    /** True when the request accepts {@code text/event-stream}. */
    public static boolean wanted(ServerRequest request) {
        return request.headers()
                .first(HeaderNames.ACCEPT)
                .map(a -> a.toLowerCase(Locale.ROOT).contains("text/event-stream"))
                .orElse(false);
    }

    /**
     * Opens the event stream of a response. It carries {@code X-Accel-Buffering: no}, which tells nginx (and
     * proxies that follow it) to pass each event on as it is written instead of buffering the response.
     */
    public static SseSink open(ServerResponse response) {
        response.header(ACCEL_BUFFERING, "no");
        return response.sink(SseSink.TYPE);
    }

    private static final HeaderName ACCEL_BUFFERING = HeaderNames.create("X-Accel-Buffering");

    /** Sends one named event with JSON data; false if the client went away. */
    public static boolean emit(SseSink sink, String name, Object data) {
        return send(sink, SseEvent.builder().name(name), data);
    }

    /** Sends one named event with an id a reconnecting client presents as {@code Last-Event-ID}. */
    public static boolean emit(SseSink sink, String name, String id, Object data) {
        return send(sink, SseEvent.builder().name(name).id(id), data);
    }

    /** Sends a comment that keeps an idle stream open through proxies; false if the client went away. */
    public static boolean heartbeat(SseSink sink) {
        try {
            sink.emit(SseEvent.builder().comment("heartbeat").build());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean send(SseSink sink, SseEvent.Builder event, Object data) {
        try {
            sink.emit(event.data(new String(Json.mapper().writeValueAsBytes(data), StandardCharsets.UTF_8))
                    .build());
            return true;
        } catch (Exception e) {
            // The client went away.
            return false;
        }
    }
}
