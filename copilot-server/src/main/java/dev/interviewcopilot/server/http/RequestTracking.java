package dev.interviewcopilot.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.logging.common.HelidonMdc;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every request an id (echoed in {@code X-Request-Id} and put in the logging context) and writes one access
 * log line per request: method, path, status and duration. The query string and body are never logged: a
 * search query or a transcript can hold candidate data.
 */
public final class RequestTracking implements Filter {
    static final String MDC_KEY = "requestId";
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
        HelidonMdc.set(MDC_KEY, id.value());
        long started = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            if (accessLog && ACCESS.isLoggable(Level.INFO)) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                ACCESS.info(request.prologue().method().text() + " "
                        + request.path().path() + " " + response.status().code() + " " + millis + "ms");
            }
            HelidonMdc.remove(MDC_KEY);
        }
    }
}
