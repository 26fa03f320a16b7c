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
    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.path().path();
        if (path.startsWith("/v1/")
                || path.equals("/v1")
                || path.startsWith("/openapi")
                || path.startsWith("/observe")) {
            response.header("Cache-Control", "no-store");
            response.header("X-Content-Type-Options", "nosniff");
            response.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.header("Referrer-Policy", "no-referrer");
        }
        chain.proceed();
    }
}
