package dev.interviewcopilot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAppIT {
    private final TestServer server = TestServer.shared();

    @Test
    void should_serve_the_page_with_a_policy_that_allows_this_origin_only() {
        HttpResponse<String> page = server.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "http:", "https:"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/app/main.js\">");
    }

    @Test
    void should_serve_the_modules_and_stylesheet_with_their_types() {
        assertThat(server.get("/app/main.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(server.get("/app/styles.css").headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/app/nothing.js", "/app/..%2Findex.html", "/app/Main.JS", "/app/main.js.map"})
    void should_answer_anything_else_under_app_with_a_problem(String path) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void should_reference_no_asset_outside_this_origin() {
        for (String file : new String[] {"/", "/app/main.js", "/app/plans.js", "/app/api.js", "/app/styles.css"}) {
            assertThat(server.get(file).body())
                    .as(file)
                    .doesNotContainPattern("(?i)(src|href)=\"https?://|url\\(https?:");
        }
    }
}
