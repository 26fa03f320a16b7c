package dev.interviewcopilot.server.http;

import dev.interviewcopilot.server.store.StoreUnavailableException;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become HTTP responses: every error is an RFC 9457 problem+json body with the
 * request id, and never contains request text or a stack trace. Unexpected exceptions are logged with the
 * request id and answered with a generic 500.
 */
public final class ErrorMapping {
    private static final Logger LOG = Logger.getLogger(ErrorMapping.class.getName());

    private ErrorMapping() {}

    /** Registers the handlers on a routing. */
    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, ErrorMapping::api)
                .error(StoreUnavailableException.class, ErrorMapping::storeUnavailable)
                .error(HttpException.class, ErrorMapping::http)
                .error(Throwable.class, ErrorMapping::unexpected);
    }

    /**
     * Handlers for failures found before routing (malformed request lines or headers, a body over the size
     * limit), answered in the same problem format. No request id exists yet at that point.
     */
    public static DirectHandlers directHandlers() {
        DirectHandler handler = ErrorMapping::transport;
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    private static void api(ServerRequest request, ServerResponse response, ApiException e) {
        e.headers().forEach(response::header);
        send(request, response, e.status(), e.typeSlug(), e.title(), e.getMessage(), e.fieldErrors());
    }

    /**
     * The database is down or restarting: the request was not carried out, or (if the connection broke during the
     * commit) not confirmed. The client tries again shortly; behind a load balancer another instance may answer.
     */
    private static void storeUnavailable(ServerRequest request, ServerResponse response, StoreUnavailableException e) {
        LOG.warning(() -> "request " + RequestTracking.requestId(request) + ": " + e.getMessage());
        response.header(HeaderNames.RETRY_AFTER, String.valueOf(STORE_RETRY_AFTER_SECONDS));
        send(
                request,
                response,
                503,
                "store-unavailable",
                "Service unavailable",
                "The database cannot be reached just now, so the request was not completed. Try again in a few"
                        + " seconds.",
                List.of());
    }

    private static final int STORE_RETRY_AFTER_SECONDS = 5;

    private static void http(ServerRequest request, ServerResponse response, HttpException e) {
        int status = e.status().code();
        if (status == 404) {
            send(request, response, 404, "not-found", "Not found", "No resource at this path.", List.of());
        } else if (status < 500) {
            String reason = e.status().reasonPhrase();
            send(
                    request,
                    response,
                    status,
                    slug(reason),
                    reason,
                    "The request cannot be processed: " + reason + ".",
                    List.of());
        } else {
            unexpected(request, response, e);
        }
    }

    private static void unexpected(ServerRequest request, ServerResponse response, Throwable e) {
        String id = RequestTracking.requestId(request);
        LOG.log(Level.SEVERE, "unexpected failure handling request " + id, e);
        send(
                request,
                response,
                500,
                "internal-error",
                "Internal error",
                "The request failed unexpectedly; quote request id " + id + " when reporting it.",
                List.of());
    }

    private static void send(
            ServerRequest request,
            ServerResponse response,
            int status,
            String slug,
            String title,
            String detail,
            List<FieldError> errors) {
        Problem problem = new Problem(
                Problem.type(slug),
                title,
                status,
                detail,
                request.path().absolute().path(),
                RequestTracking.requestId(request),
                errors);
        Json.send(response, Status.create(status), Json.PROBLEM_JSON, problem);
    }

    private static DirectHandler.TransportResponse transport(
            DirectHandler.TransportRequest request,
            DirectHandler.EventType event,
            Status status,
            ServerResponseHeaders headers,
            String message) {
        // Routing never ran, so the request has no id yet: give the response one to quote.
        String id = RequestId.generate().value();
        Problem problem = new Problem(
                Problem.type(slug(status.reasonPhrase())),
                status.reasonPhrase(),
                status.code(),
                "The request cannot be processed: " + status.reasonPhrase() + ".",
                request.path(),
                id,
                List.of());
        headers.set(HeaderNames.CONTENT_TYPE, Json.PROBLEM_JSON);
        headers.set(HeaderNames.create(RequestId.HEADER), id);
        return DirectHandler.TransportResponse.builder()
                .status(status)
                .headers(headers)
                .entity(Json.bytes(problem))
                .build();
    }

    private static String slug(String reason) {
        return reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
