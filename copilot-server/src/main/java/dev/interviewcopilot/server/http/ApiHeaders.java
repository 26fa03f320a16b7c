package dev.interviewcopilot.server.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Hardening headers on every API answer (errors included): nothing may be cached (answers carry candidate data),
 * sniffed as another type, framed, or run as a page. Routes that serve a page set their own policy over this one.
 */
public final class ApiHeaders implements Filter {
    /**
     * Whether a path belongs to the API, its description or the observers, rather than to the web app's files: the
     * paths these headers and authentication apply to.
     */
    public static boolean isApi(String path) {
        return under(path, "/v1") || under(path, "/openapi") || under(path, "/observe");
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (isApi(request.path().path())) {
            response.header("Cache-Control", "no-store");
            response.header("X-Content-Type-Options", "nosniff");
            response.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.header("Referrer-Policy", "no-referrer");
        }
        chain.proceed();
    }
}
