package dev.interviewcopilot.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed, oversized and odd bodies against every write route of a live interview: each answers a 4xx problem
 * naming what is wrong, never a 5xx, and nothing is written (the trail, which records every write, does not grow).
 */
class HostileBodiesIT {
    private final TestServer server = TestServer.shared();
    private final Api api = new Api(server);
    private final HttpClient client = HttpClient.newHttpClient();

    private static final List<String> BODIES = List.of(
            "{",
            "[]",
            "\"text\"",
            "null",
            "42",
            "{\"status\": {\"nested\": true}}",
            "{\"segments\": \"not a list\"}",
            "{\"segments\": [null]}",
            "{\"segments\": [{\"speaker\": \"candidate\", \"text\": 7}]}",
            "{\"segments\": [{\"speaker\": \"candidate\", \"text\": \"ok\", \"startMs\": \"soon\"}]}",
            "{\"segments\": [{\"speaker\": \"candidate\", \"text\": \"ok\", \"startMs\": 5, \"endMs\": 1}]}",
            "{\"segments\": [{\"speaker\": \"candidate\", \"text\": \"bell \\u0007 here\"}]}",
            "{\"segments\": [{\"speaker\": \"robot\", \"text\": \"hi\"}]}",
            "{\"values\": {\"collaboration-rating\": 0}}",
            "{\"values\": {\"collaboration-rating\": 5.5}}",
            "{\"values\": {\"recommendation\": \"Maybe\"}}",
            "{\"values\": {\"signature\": \"forged\"}}",
            "{\"values\": {\"no-such-field\": 1}}",
            "{\"values\": [1, 2]}",
            "{\"questionId\": \"00000000-0000-0000-0000-000000000000\"}",
            "{\"status\": \"confirmed\", \"text\": \"   \"}",
            "{\"status\": \"rejected\", \"text\": \"why\"}",
            "{\"signedBy\": 12}",
            "{\"unknown\": 1}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(40) + "1" + "}".repeat(40),
            "{\"segments\": [{\"speaker\": \"candidate\", \"text\": \"" + "x".repeat(20_001) + "\"}]}");

    @Test
    void should_answer_every_hostile_body_with_a_4xx_problem_and_write_nothing() throws Exception {
        String id = new Journey(api, "offline").prepare();
        String base = "/v1/interviews/" + id;
        List<String[]> routes = List.of(
                new String[] {"POST", base + "/transcript"},
                new String[] {"PUT", base + "/current-question"},
                new String[] {"POST", base + "/follow-ups"},
                new String[] {"POST", base + "/notes/drafts"},
                new String[] {"PATCH", base + "/notes/" + firstNote(base)},
                new String[] {"PATCH", base + "/probes/" + firstProbe(base)},
                new String[] {"PATCH", base + "/transcript/s1"},
                new String[] {"PUT", base + "/scorecard"},
                new String[] {"POST", base + "/scorecard/submit"},
                new String[] {"POST", base + "/scorecard/amendments"},
                new String[] {"POST", "/v1/interviews"});
        int trailBefore = api.get(base + "/audit").json().path("count").asInt();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String[] route : routes) {
            for (String body : BODIES) {
                sent++;
                check(
                        route[0],
                        route[1],
                        "application/json",
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        failures);
            }
            sent += 2;
            check(
                    route[0],
                    route[1],
                    "application/json",
                    new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                    failures);
            check(route[0], route[1], "text/plain", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), failures);
        }

        assertThat(failures).as("of %d hostile requests", sent).isEmpty();
        assertThat(api.get(base + "/audit").json().path("count").asInt()).isEqualTo(trailBefore);
    }

    private void check(String method, String path, String contentType, byte[] body, List<String> failures)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(server.uri(path))
                        .header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean fine = status >= 400 && status < 500 && type.startsWith("application/problem+json");
        if (!fine) {
            String shown = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            failures.add(method + " " + path + " <- " + shown.substring(0, Math.min(80, shown.length())) + " => "
                    + status + " "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
    }

    private String firstNote(String base) {
        return api.get(base + "/notes").json().path("notes").get(0).path("id").asText();
    }

    private String firstProbe(String base) {
        return api.get(base + "/probes").json().path("probes").get(0).path("id").asText();
    }
}
