package dev.interviewcopilot.server.evals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.http.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The eval reports API over the fixture runs in src/test/resources/eval-runs. */
class EvalReportsIT {
    private static final String A = "20261120T100000Z-offline";
    private static final String B = "20261121T100000Z-replay";

    private final TestServer server = TestServer.shared();

    @Test
    void should_list_readable_runs_newest_first_and_skip_a_broken_report() throws IOException {
        JsonNode runs = json(server.get("/v1/eval/runs"));

        assertThat(runs.path("runs").findValuesAsText("run")).containsExactly(B, A);
        JsonNode newest = runs.path("runs").get(0);
        assertThat(newest.path("cases").asInt()).isEqualTo(6);
        assertThat(newest.path("failed").asInt()).isEqualTo(1);
        assertThat(newest.path("report").path("passed").asBoolean()).isFalse();
        assertThat(newest.path("report").has("cases")).isFalse();
        assertThat(json(server.get("/v1/eval/runs?suite=broken")).path("count").asInt())
                .isZero();
    }

    @Test
    void should_compare_two_runs_case_by_case_and_name_the_case_that_broke() throws IOException {
        JsonNode comparison = json(server.get("/v1/eval/comparison?suite=retrieval&a=" + A + "&b=" + B));

        assertThat(comparison.path("broke").get(0).asText()).isEqualTo("ret-002");
        JsonNode passRate = comparison.path("metrics").get(0);
        assertThat(passRate.path("name").asText()).isEqualTo("pass-rate");
        assertThat(passRate.path("a").asDouble()).isEqualTo(1.0);
        assertThat(passRate.path("difference").asDouble())
                .isCloseTo(-1.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(passRate.path("pairedCases").asInt()).isEqualTo(6);
        assertThat(comparison.path("regressed").asBoolean())
                .as("one broken case in six is not beyond doubt")
                .isFalse();
    }

    @Test
    void should_refuse_names_that_could_leave_the_runs_directory() {
        for (String path : new String[] {
            "/v1/eval/runs/retrieval/..%2F..%2Fpom.xml",
            "/v1/eval/runs/..%2Fretrieval/" + A,
            "/v1/eval/runs/retrieval/.hidden"
        }) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).doesNotContain("<project");
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }
}
