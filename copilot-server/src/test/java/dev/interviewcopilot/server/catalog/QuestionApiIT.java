package dev.interviewcopilot.server.catalog;

import static dev.interviewcopilot.server.Responses.contentType;
import static dev.interviewcopilot.server.Responses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The question and reference endpoints over a real socket, real bank and real model. */
class QuestionApiIT {
    private static final String BOOKING = "6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90";
    private final TestServer server = TestServer.shared();

    @Test
    void should_return_ranked_items_with_all_their_guidance() {
        HttpResponse<String> response = server.get("/v1/questions?q=stop+two+people+booking+the+same+room&limit=3");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        JsonNode body = json(response);
        assertThat(body.path("count").asInt()).isBetween(1, 3);
        JsonNode first = body.path("results").get(0);
        assertThat(first.path("item").path("id").asText()).isEqualTo(BOOKING);
        assertThat(first.path("score").asDouble()).isPositive();
        assertThat(first.path("matchedFields").toString()).contains("question");
        assertThat(first.path("item").path("keyPoints").get(0).path("probe").asText())
                .isNotBlank();
        assertThat(first.path("item").path("redFlags").size()).isPositive();
        assertThat(first.path("item").path("rubric").size()).isGreaterThanOrEqualTo(4);
        assertThat(body.path("query").path("mode").asText()).isEqualTo("hybrid");
        assertThat(body.path("bankVersion").asText()).hasSize(64);
    }

    @Test
    void should_filter_by_role_seniority_competency_and_type() {
        JsonNode body = json(
                server.get(
                        "/v1/questions?q=incident&role=sre-platform&seniority=staff&competency=reliability-operations&type=behavioral&limit=50"));

        assertThat(body.path("results")).isNotEmpty().allSatisfy(result -> {
            JsonNode item = result.path("item");
            assertThat(item.path("roles").toString()).contains("\"sre-platform\"");
            assertThat(item.path("seniority").toString()).contains("\"staff\"");
            assertThat(item.path("competency").asText()).isEqualTo("reliability-operations");
            assertThat(item.path("type").asText()).isEqualTo("behavioral");
        });
    }

    @Test
    void should_name_every_bad_parameter_in_one_problem() {
        HttpResponse<String> response = server.get("/v1/questions?limit=500&role=astronaut&mode=magic&colour=blue");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("instance").asText()).isEqualTo("/v1/questions");
        assertThat(problem.path("requestId").asText())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(fields(problem)).containsExactlyInAnyOrder("limit", "role", "mode", "colour");
    }

    @Test
    void should_reject_an_overlong_query() {
        HttpResponse<String> response = server.get("/v1/questions?q=" + "a".repeat(501));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(json(response))).containsExactly("q");
    }

    @Test
    void should_reject_a_query_that_is_not_utf8_or_has_control_characters() {
        HttpResponse<String> invalid = server.get("/v1/questions?q=%FF%FE");
        HttpResponse<String> control = server.get("/v1/questions?q=cache%00stampede");

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).path("errors").get(0).path("message").asText()).contains("UTF-8");
        assertThat(control.statusCode()).isEqualTo(400);
        assertThat(fields(json(control))).containsExactly("q");
    }

    @Test
    void should_answer_a_query_of_only_punctuation_without_failing() {
        HttpResponse<String> response = server.get("/v1/questions?q=%3F%21%2E%2E");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void should_return_one_item_by_id_and_404_for_an_unknown_one() {
        assertThat(json(server.get("/v1/questions/" + BOOKING)).path("id").asText())
                .isEqualTo(BOOKING);

        HttpResponse<String> missing = server.get("/v1/questions/0d3f4c52-1111-4a2b-9c3d-000000000000");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(contentType(missing)).startsWith("application/problem+json");
        assertThat(json(missing).path("detail").asText()).contains("0d3f4c52-1111-4a2b-9c3d-000000000000");
    }

    @Test
    void should_answer_400_naming_id_for_a_malformed_id() {
        HttpResponse<String> response = server.get("/v1/questions/not-a-uuid");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(json(response))).containsExactly("id");
    }

    @Test
    void should_echo_an_acceptable_client_request_id_and_replace_a_hostile_one() {
        HttpResponse<String> kept = server.get("/v1/competencies", "X-Request-Id", "trace-42.a");
        HttpResponse<String> replaced = server.get("/v1/competencies", "X-Request-Id", "<script>");

        assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("trace-42.a");
        assertThat(replaced.headers().firstValue("X-Request-Id").orElseThrow())
                .isNotEqualTo("<script>")
                .hasSize(36);
    }

    @Test
    void should_serve_the_reference_data() {
        assertThat(json(server.get("/v1/competencies")).path("competencies").size())
                .isGreaterThanOrEqualTo(10);
        JsonNode roles = json(server.get("/v1/roles"));
        assertThat(roles.path("roleFamilies").size()).isEqualTo(8);
        assertThat(roles.path("seniorityLevels").size()).isEqualTo(4);
        assertThat(roles.path("profiles").size()).isEqualTo(15);
        JsonNode templates = json(server.get("/v1/scorecard-templates")).path("templates");
        assertThat(templates).anySatisfy(template -> {
            assertThat(template.path("id").asText()).isEqualTo("senior-backend-interview");
            assertThat(template.path("pages").size()).isEqualTo(6);
        });
    }

    @Test
    void should_answer_unknown_paths_with_a_problem() {
        HttpResponse<String> response = server.get("/v1/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).startsWith("application/problem+json");
        assertThat(json(response).path("instance").asText()).isEqualTo("/v1/nothing-here");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
