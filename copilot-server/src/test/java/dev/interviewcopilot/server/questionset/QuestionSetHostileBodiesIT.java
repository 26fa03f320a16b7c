package dev.interviewcopilot.server.questionset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.Responses;
import dev.interviewcopilot.server.TestServer;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed, oversized and odd bodies against every question-set write route: each answers a 4xx problem, never a
 * 5xx, and nothing is written (no set, version, reviewed item or trail event appears).
 */
class QuestionSetHostileBodiesIT {
    private final TestServer server = TestServer.shared();
    private final SetApi api = new SetApi(server);

    private static final List<String> BODIES = List.of(
            "{",
            "[]",
            "\"text\"",
            "null",
            "42",
            "{\"jobDescription\": 12}",
            "{\"jobDescription\": [\"a\"]}",
            "{\"jobDescription\": \"" + "word ".repeat(30) + "\\u0007\"}",
            "{\"jobDescription\": \"" + "x".repeat(20_001) + "\"}",
            "{\"jobDescription\": \"" + "Senior backend engineer with Kafka. ".repeat(5)
                    + "\", \"durationMinutes\": 1.5}",
            "{\"jobDescription\": \"" + "Senior backend engineer with Kafka. ".repeat(5) + "\", \"role\": \"chef\"}",
            "{\"jobDescription\": \"" + "Senior backend engineer with Kafka. ".repeat(5) + "\", \"focus\": [null]}",
            "{\"jobDescription\": \"" + "Senior backend engineer with Kafka. ".repeat(5) + "\", \"stages\": \"all\"}",
            "{\"version\": \"one\", \"operations\": []}",
            "{\"version\": 1, \"operations\": [null]}",
            "{\"version\": 1, \"operations\": [{\"op\": \"add\"}]}",
            "{\"version\": 1, \"operations\": [{\"op\": \"swap\", \"questionId\": \"nope\", \"with\": \"nope\"}]}",
            "{\"version\": 1, \"operations\": [{\"op\": \"requirements\", \"requirements\": [{}]}]}",
            "{\"version\": 1, \"operations\": [{\"op\": \"requirements\", \"requirements\": [{\"skill\": \"Go\","
                    + " \"competency\": \"api-design\"}]}]}",
            "{\"version\": 1, \"operations\": [{\"op\": \"requirements\", \"requirements\": [{\"competency\":"
                    + " \"cooking\"}]}]}",
            "{\"version\": 1, \"reviewer\": \"\"}",
            "{\"version\": 1, \"reviewer\": 7}",
            "{\"unknown\": 1}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(40) + "1" + "}".repeat(40));

    @Test
    void should_answer_every_hostile_body_with_a_4xx_problem_and_write_nothing() throws SQLException {
        JsonNode set = api.create(SetApi.createBody(SetApi.job("sre")));
        String base = "/v1/question-sets/" + set.path("id").asText();
        String question = SetApi.questions(set).get(0).path("questionId").asText();
        List<String[]> routes =
                List.of(new String[] {"POST", "/v1/question-sets"}, new String[] {"PATCH", base}, new String[] {
                    "POST", base + "/questions/" + question + "/approve"
                });
        long before = rows();

        for (String[] route : routes) {
            for (String body : BODIES) {
                HttpResponse<String> response = api.send(route[0], route[1], body);
                assertThat(response.statusCode())
                        .as("%s %s with %s: %s", route[0], route[1], abbreviate(body), response.body())
                        .isBetween(400, 499);
                assertThat(Responses.contentType(response)).isEqualTo("application/problem+json");
            }
        }

        assertThat(rows()).as("nothing was written").isEqualTo(before);
    }

    /** Every row a question-set write could add, counted straight from the database file. */
    private long rows() throws SQLException {
        String url = "jdbc:sqlite:" + server.dataDir().resolve("copilot.db");
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM question_sets)"
                        + " + (SELECT count(*) FROM question_set_versions) + (SELECT count(*) FROM reviewed_items)"
                        + " + (SELECT count(*) FROM audit_events)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 80 ? body : body.substring(0, 80) + "...";
    }
}
