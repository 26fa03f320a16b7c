package dev.interviewcopilot.server.http;

import static dev.interviewcopilot.server.Responses.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ObserveIT {
    private final TestServer server = TestServer.shared();

    @Test
    void should_report_readiness_with_the_bank_and_index_details() {
        HttpResponse<String> response = server.get("/observe/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json(response);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode bank = health.path("checks").get(0);
        assertThat(bank.path("name").asText()).isEqualTo("question-bank");
        assertThat(bank.path("data").path("indexedDocuments").asInt())
                .isEqualTo(bank.path("data").path("items").asInt());
        assertThat(bank.path("data").path("engine").asText()).isEqualTo("offline");
        assertThat(bank.path("data").path("model").asText()).isEqualTo("offline");
    }

    @Test
    void should_expose_prometheus_metrics() {
        HttpResponse<String> response = server.get("/observe/metrics", "Accept", "text/plain");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE");
    }

    @Test
    void should_time_searches_by_mode() {
        server.get("/v1/questions?q=cache+stampede&mode=bm25");

        String metrics = server.get("/observe/metrics", "Accept", "text/plain").body();

        assertThat(metrics).containsPattern("copilot_search_seconds_count\\{[^}]*mode=\"bm25\"[^}]*} [1-9]");
    }
}
