package dev.interviewcopilot.server.http;

import dev.interviewcopilot.server.logging.LogContext;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every request an id (echoed in {@code X-Request-Id} and put in the logging context) and writes one access
 * log line per request: method, route pattern, status and duration. The concrete path, query string, headers and
 * body are never logged: a search query, an id or a transcript can hold candidate data.
 */
public final class RequestTracking implements Filter {
    private static final Logger ACCESS = Logger.getLogger("dev.interviewcopilot.access");

    private final boolean accessLog;

    private RequestTracking(boolean accessLog) {
        this.accessLog = accessLog;
    }

    /** @param accessLog whether to write an access log line per request */
    public static RequestTracking create(boolean accessLog) {
        return new RequestTracking(accessLog);
    }

    /** The id of a request that went through this filter. */
    public static String requestId(ServerRequest request) {
        return request.context().get(RequestId.class).map(RequestId::value).orElse("");
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        RequestId id = RequestId.fromClient(request.headers().first(HeaderNames.create(RequestId.HEADER)));
        request.context().register(id);
        response.header(RequestId.HEADER, id.value());
        LogContext.requestId(id.value());
        long started = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            if (accessLog && ACCESS.isLoggable(Level.INFO)) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                // The route pattern, not the path: paths can carry identifiers, and patterns keep logs greppable.
                String route = request.matchingPattern()
                        .map(p -> p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p)
                        .orElse("(no route)");
                ACCESS.info(request.prologue().method().text() + " " + route + " "
                        + response.status().code() + " " + millis + "ms");
            }
            LogContext.clear();
        }
    }
}
