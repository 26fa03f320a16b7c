package dev.interviewcopilot.server.access;

import dev.interviewcopilot.server.http.ApiHeaders;
import dev.interviewcopilot.server.http.TooManyRequestsException;
import dev.interviewcopilot.server.http.UnauthorizedException;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Every call to the API, the OpenAPI document and the metrics needs {@code Authorization: Bearer <token>}; only
 * the health check and the web app's static files (which hold no data, and must load so one can sign in) answer
 * without. An authenticated call then spends one request of its token's rate limit and passes the
 * {@link AccessPolicy}. A call without a valid token spends one of its address's allowance of failed attempts, so
 * guessing tokens is slow.
 */
public final class Authentication implements Filter {
    private static final String BEARER = "Bearer ";
    private static final HeaderName FORWARDED_FOR = HeaderNames.create("X-Forwarded-For");

    private final ApiTokens tokens;
    private final AccessPolicy policy;
    private final RateLimiter perToken;
    private final RateLimiter failedPerAddress;
    private final ClientAddress clients;

    /**
     * @param proxies the addresses of reverse proxies in front, whose {@code X-Forwarded-For} names the caller
     */
    public Authentication(
            ApiTokens tokens,
            AccessPolicy policy,
            RateLimiter perToken,
            RateLimiter failedPerAddress,
            Set<String> proxies) {
        this.tokens = tokens;
        this.policy = policy;
        this.perToken = perToken;
        this.failedPerAddress = failedPerAddress;
        this.clients = new ClientAddress(proxies);
    }

    /** Whether a path needs a token: the API, the OpenAPI document and every observer but health. */
    static boolean guarded(String path) {
        boolean health = path.equals("/observe/health") || path.startsWith("/observe/health/");
        return ApiHeaders.isApi(path) && !health;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.path().path();
        if (!guarded(path)) {
            chain.proceed();
            return;
        }
        Optional<Principal> principal =
                request.headers().first(HeaderNames.AUTHORIZATION).flatMap(this::authenticate);
        if (principal.isEmpty()) {
            String caller =
                    clients.of(request.remotePeer().address(), request.headers().first(FORWARDED_FOR));
            limit(failedPerAddress, "address:" + caller, "without a valid token");
            throw new UnauthorizedException(
                    "Send an API token as 'Authorization: Bearer <token>'. The first start writes the admin's to"
                            + " the data directory; 'copilot token create' issues more.");
        }
        limit(perToken, principal.get().tokenId(), "for this token");
        request.context().register(principal.get());
        policy.check(request.prologue().method().text(), path, principal.get());
        chain.proceed();
    }

    private Optional<Principal> authenticate(String header) {
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return tokens.authenticate(header.substring(BEARER.length()).strip());
    }

    private static void limit(RateLimiter limiter, String key, String who) {
        OptionalLong wait = limiter.acquire(key);
        if (wait.isPresent()) {
            throw new TooManyRequestsException(who, wait.getAsLong());
        }
    }
}
