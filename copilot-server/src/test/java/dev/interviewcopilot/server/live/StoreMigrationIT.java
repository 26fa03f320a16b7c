package dev.interviewcopilot.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.CopilotConfig;
import dev.interviewcopilot.server.StoreCommands;
import dev.interviewcopilot.server.TestPostgres;
import dev.interviewcopilot.server.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code copilot store migrate} moves a SQLite database that has seen real use into PostgreSQL: every row, every
 * audit chain verifying with the same head, tokens that still sign in, and interviews that carry on.
 */
class StoreMigrationIT {
    @Test
    void should_move_every_row_and_keep_every_audit_chain_so_a_server_on_postgresql_carries_on() throws Exception {
        TestServer sqlite = TestServer.started(Map.of());
        Api api = new Api(sqlite);
        String[] finished = new Journey(api, "offline").run();
        String[] erased = new Journey(api, "offline").run();
        assertThat(api.delete("/v1/candidates/" + erased[1]).status()).isEqualTo(200);
        String job;
        try (var in = StoreMigrationIT.class.getResourceAsStream("/jobs/senior-backend.md")) {
            job = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Api.Reply set = api.post("/v1/question-sets", Map.of("jobDescription", job));
        assertThat(set.status()).as(set.text()).isEqualTo(201);
        String setPath = "/v1/question-sets/" + set.json().path("id").asText();
        JsonNode setBefore = api.get(setPath).json();
        String interview = "/v1/interviews/" + finished[0];
        JsonNode notesBefore = api.get(interview + "/notes").json();
        JsonNode probesBefore = api.get(interview + "/probes").json();
        JsonNode trailBefore = api.get(interview + "/audit").json();
        JsonNode scorecardBefore = api.get(interview + "/scorecard").json();
        String dataDir = sqlite.dataDir().toString();
        sqlite.stop();

        TestPostgres.Target postgres = TestPostgres.shared().newDatabase();
        Map<String, String> onPostgres = new HashMap<>(postgres.config());
        onPostgres.put("copilot.data.dir", dataDir);
        CopilotConfig config = CopilotConfig.from(TestServer.config(onPostgres));

        Run first = migrate(config);
        System.out.print(first.out()); // the command's report, kept with the test output
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("counts and checksums match", "audit chains verify as before")
                .contains("audit_events", "transcript_segments", "notes", "probes", "scorecards", "api_tokens")
                .containsPattern("question_set_versions +1 rows");
        try (Connection c = postgres.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_events")) {
            rs.next();
            assertThat(rs.getLong(1))
                    .as("both interviews' trails, the erasure event and the question set's")
                    .isGreaterThan(trailBefore.path("count").asLong() * 2 + 1);
        }

        Run again = migrate(config);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("nothing was written", "already holds");

        TestServer server = TestServer.started(onPostgres);
        try {
            Api moved = new Api(server); // the admin token from the SQLite days still signs in
            assertThat(moved.get(interview + "/notes").json()).isEqualTo(notesBefore);
            assertThat(moved.get(interview + "/probes").json()).isEqualTo(probesBefore);
            assertThat(moved.get(interview + "/scorecard").json()).isEqualTo(scorecardBefore);
            JsonNode trail = moved.get(interview + "/audit").json();
            assertThat(trail).isEqualTo(trailBefore);
            assertThat(trail.path("verification").path("valid").asBoolean()).isTrue();
            JsonNode erasedTrail =
                    moved.get("/v1/interviews/" + erased[0] + "/audit").json().path("verification");
            assertThat(erasedTrail.path("valid").asBoolean()).isTrue();
            assertThat(erasedTrail.path("erased").asInt()).isPositive();
            assertThat(moved.get(setPath).json()).isEqualTo(setBefore);
            assertThat(moved.get(setPath + "/audit")
                            .json()
                            .path("verification")
                            .path("valid")
                            .asBoolean())
                    .isTrue();

            Api.Reply appended = moved.post(
                    interview + "/transcript",
                    Map.of("segments", List.of(Map.of("speaker", "candidate", "text", "One more thing."))));
            assertThat(appended.status()).as(appended.text()).isEqualTo(201);
            JsonNode after = moved.get(interview + "/audit").json();
            assertThat(after.path("count").asInt())
                    .isEqualTo(trailBefore.path("count").asInt() + 1);
            assertThat(after.path("verification").path("valid").asBoolean()).isTrue();
        } finally {
            server.stop();
        }
    }

    private record Run(int exit, String out, String err) {}

    private static Run migrate(CopilotConfig config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = StoreCommands.run(
                config,
                List.of("migrate"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
