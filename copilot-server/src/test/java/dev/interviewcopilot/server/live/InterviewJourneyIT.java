package dev.interviewcopilot.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interviewer's journey on the offline engine, then tampering and erasure checked down to the database file. */
class InterviewJourneyIT {
    private final TestServer server = TestServer.shared();
    private final Api api = new Api(server);

    @Test
    void should_carry_an_interview_from_creation_to_a_signed_amended_scorecard_offline() {
        new Journey(api, "offline").run();
    }

    @Test
    void should_detect_a_stored_trail_row_changed_behind_the_services_back() throws SQLException {
        String id = new Journey(api, "offline").run()[0];

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database());
                Statement s = c.createStatement()) {
            // Whoever holds the file can drop the append-only triggers; the chain still shows the edit.
            s.executeUpdate("DROP TRIGGER IF EXISTS audit_events_tombstone_only");
            s.executeUpdate("UPDATE audit_events SET payload = replace(payload, '\"Yes\"', '\"Strong yes\"')"
                    + " WHERE interview_id = '" + id + "' AND kind = 'scorecard-saved'");
        }
        JsonNode verification =
                api.get("/v1/interviews/" + id + "/audit").json().path("verification");

        assertThat(verification.path("valid").asBoolean()).isFalse();
        assertThat(verification.path("problem").asText()).contains("payload does not match");
        assertThat(verification.path("brokenAt").asLong()).isPositive();
    }

    @Test
    void should_erase_every_trace_of_a_candidate_and_keep_a_verifiable_trail_of_tombstones() throws SQLException {
        String[] ids = new Journey(api, "offline").run();
        String base = "/v1/interviews/" + ids[0];

        Api.Reply erased = api.delete("/v1/candidates/" + ids[1]);

        assertThat(erased.status()).as(erased.text()).isEqualTo(200);
        assertThat(erased.json().path("removed").path("transcriptSegments").asInt())
                .isEqualTo(4);
        JsonNode interview = api.get(base).json();
        assertThat(interview.path("candidate").path("erased").asBoolean()).isTrue();
        assertThat(interview.path("candidate").has("name")).isFalse();
        assertThat(api.get(base + "/transcript").json().path("count").asInt()).isZero();
        assertThat(api.get(base + "/notes").json().path("count").asInt()).isZero();
        assertThat(api.get(base + "/probes").json().path("count").asInt()).isZero();
        assertThat(api.get(base + "/scorecard").json().path("status").asText()).isEqualTo("draft");
        JsonNode trail = api.get(base + "/audit").json();
        assertThat(trail.path("verification").path("valid").asBoolean()).isTrue();
        assertThat(trail.path("verification").path("erased").asInt())
                .isEqualTo(trail.path("count").asInt() - 1);
        assertThat(trail.path("events")
                        .get(trail.path("count").asInt() - 1)
                        .path("kind")
                        .asText())
                .isEqualTo("candidate-erased");
        for (String personal : List.of(Journey.CANDIDATE, Journey.EMAIL, "select for update", "kids")) {
            assertThat(rowsContaining(personal, ids[0], ids[1])).as(personal).isEmpty();
        }
        assertThat(api.delete("/v1/candidates/" + ids[1]).status())
                .as("erasing twice is harmless")
                .isEqualTo(200);
        assertThat(api.delete("/v1/candidates/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void should_answer_bad_interview_input_with_a_problem_naming_each_field() {
        Api.Reply reply = api.post(
                "/v1/interviews",
                Map.of(
                        "candidate",
                        Map.of("name", " ", "email", "not-an-email"),
                        "date",
                        "23/11/2026",
                        "role",
                        "astronaut",
                        "questions",
                        List.of("nope")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").findValuesAsText("field"))
                .contains(
                        "candidate.name",
                        "candidate.email",
                        "position",
                        "interviewer",
                        "date",
                        "stage",
                        "role",
                        "questions[0]");
        assertThat(api.post("/v1/interviews", "{\"candidate\": {\"name\": 3}}")
                        .json()
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("candidate.name");
        assertThat(api.post("/v1/interviews", "{\"surprise\": true}")
                        .json()
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("surprise");
        assertThat(api.get("/v1/interviews?limit=0").status()).as("limit").isEqualTo(400);
        assertThat(api.get("/v1/interviews/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    private Path database() {
        return server.dataDir().resolve("copilot.db");
    }

    /** Every row, in any table, whose text columns mention the value, for the given interview or candidate. */
    private List<String> rowsContaining(String value, String interviewId, String candidateId) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database());
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        String text = row.toString();
                        boolean ours = text.contains(interviewId) || text.contains(candidateId);
                        if (ours && text.contains(value)) {
                            found.add(table + ": " + text);
                        }
                    }
                }
            }
        }
        return found;
    }
}
