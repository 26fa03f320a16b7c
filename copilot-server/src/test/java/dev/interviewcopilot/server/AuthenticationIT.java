package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.access.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Authentication and rate limits over HTTP, on a server of its own with small limits: what answers without a
 * token, how a missing, malformed or revoked one is told, and 429 with Retry-After for a token and for an address
 * guessing tokens.
 */
class AuthenticationIT {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.started(Map.of(
                "copilot.auth.rate.requests", "60",
                "copilot.auth.rate.burst", "5",
                "copilot.auth.failed.requests", "1000"));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path, Optional<String> authorization) {
        return get(server, path, authorization);
    }

    private static HttpResponse<String> get(TestServer to, String path, Optional<String> authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(to.uri(path)).GET();
        authorization.ifPresent(a -> request.header("Authorization", a));
        return to.sendAsIs(request.build());
    }

    @Test
    void should_answer_health_and_the_web_app_without_a_token_and_nothing_else() {
        assertThat(get("/observe/health", Optional.empty()).statusCode()).isEqualTo(200);
        assertThat(get("/", Optional.empty()).statusCode()).isEqualTo(200);
        assertThat(get("/app/main.js", Optional.empty()).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = get("/v1/roles", Optional.empty());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"interview-copilot\"");
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(refused.body()).contains("Authorization: Bearer");
    }

    @Test
    void should_send_hardening_headers_with_every_api_answer_and_the_web_app() {
        for (HttpResponse<String> response : java.util.List.of(
                get("/v1/roles", Optional.of("Bearer " + server.admin())),
                get("/v1/roles", Optional.empty()),
                get("/v1/interviews/" + java.util.UUID.randomUUID(), Optional.of("Bearer " + server.admin())))) {
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .contains("default-src 'none'; frame-ancestors 'none'");
        }
        HttpResponse<String> page = get("/", Optional.empty());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void should_refuse_malformed_and_revoked_tokens_and_accept_a_new_one_at_once() {
        String token = server.token(Role.EVALUATOR, "Rita Revoked");
        assertThat(get("/v1/me", Optional.of("Bearer " + token)).body()).contains("\"role\":\"evaluator\"");
        assertThat(get("/v1/me", Optional.of("bearer " + token)).statusCode())
                .as("scheme is case-insensitive")
                .isEqualTo(200);

        assertThat(get("/v1/me", Optional.of("Basic " + token)).statusCode()).isEqualTo(401);
        assertThat(get("/v1/me", Optional.of("Bearer")).statusCode()).isEqualTo(401);
        assertThat(get("/v1/me", Optional.of("Bearer icp_" + "x".repeat(43))).statusCode())
                .isEqualTo(401);

        String id = server.app().tokens().list().stream()
                .filter(t -> t.subject().equals("Rita Revoked"))
                .findFirst()
                .orElseThrow()
                .id();
        server.app().tokens().revoke(id);
        assertThat(get("/v1/me", Optional.of("Bearer " + token)).statusCode()).isEqualTo(401);
    }

    @Test
    void should_limit_each_token_and_say_when_to_retry() {
        String token = server.token(Role.INTERVIEWER, "Rory Rapid");
        String other = server.token(Role.INTERVIEWER, "Olga Other");
        int allowed = 0;
        HttpResponse<String> limited = null;
        for (int i = 0; i < 20 && limited == null; i++) {
            HttpResponse<String> response = get("/v1/roles", Optional.of("Bearer " + token));
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                allowed++;
            }
        }
        assertThat(allowed).as("the burst, plus what refilled meanwhile").isBetween(5, 7);
        assertThat(limited).isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(limited.body()).contains("\"status\":429", "retry after 1 s");
        assertThat(get("/v1/roles", Optional.of("Bearer " + other)).statusCode())
                .as("another token has its own allowance")
                .isEqualTo(200);
    }

    @Test
    void should_slow_down_an_address_that_keeps_sending_bad_tokens() {
        // Its own server: every test here calls from the same address.
        TestServer guarded = TestServer.started(Map.of("copilot.auth.failed.requests", "4"));
        try {
            int refused = 0;
            HttpResponse<String> response = null;
            for (int i = 0; i < 10; i++) {
                response = get(guarded, "/v1/roles", Optional.of("Bearer icp_guess" + i));
                if (response.statusCode() == 429) {
                    break;
                }
                refused++;
            }
            assertThat(refused).isBetween(4, 5);
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(get(guarded, "/v1/roles", Optional.of("Bearer " + guarded.admin()))
                            .statusCode())
                    .as("a valid token is not held up by the address's failures")
                    .isEqualTo(200);
        } finally {
            guarded.stop();
        }
    }
}
