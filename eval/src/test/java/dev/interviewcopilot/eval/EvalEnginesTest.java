package dev.interviewcopilot.eval;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live and replay engines against a model on WireMock speaking OpenAI's chat API over real HTTP: a live run
 * records every answer, a replay of it gives the same results without a single request, and what went over the
 * wire carries no planted identifier.
 */
class EvalEnginesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM = "6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90";
    private static final String QUOTE = "When the insert is refused, the API answers 409 Conflict.";
    private static final String SUITE = """
            id: engine-check
            version: 1
            description: two answers with a planted name, email and phone number
            target: pii
            thresholds:
              leaked: "<= 0.0"
              schema-failed: "<= 0.0"
            tests:
              - id: eng-001
                vars:
                  question: %1$s
                  candidate: {name: "Ngozi Adeyemi", email: "ngozi.adeyemi@example.org"}
                  answer: "I'm Ngozi Adeyemi. The database refuses the second row with an exclusion constraint. %2$s"
                assert:
                  - type: no-identifier-sent
                    value: ["Ngozi Adeyemi", "Adeyemi", "ngozi.adeyemi@example.org"]
                  - type: still-sent
                    value: ["exclusion constraint", "409 Conflict"]
              - id: eng-002
                vars:
                  question: %1$s
                  candidate: {name: "Tomasz Wierzbicki"}
                  answer: "Call me on +44 20 7946 0321 if anything is unclear. %2$s"
                assert:
                  - type: no-identifier-sent
                    value: ["+44 20 7946 0321"]
            """.formatted(ITEM, QUOTE);

    @TempDir
    Path dir;

    private WireMockServer model;
    private Path suite;
    private Path recordings;
    private Path config;

    @BeforeEach
    void start() throws IOException {
        model = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        model.start();
        model.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("follow-up"))
                .willReturn(ModelStubs.openAiAnswer("""
                        {"probes": [{"text": "What happens when a client retries the same booking request?",
                          "target": {"kind": "key-point", "id": "idempotency-key"},
                          "why": "Retries are not covered yet."}]}""")));
        model.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("You draft notes"))
                .willReturn(ModelStubs.openAiAnswer("""
                        {"notes": [{"criterion": {"kind": "key-point", "id": "conflict-response"},
                          "observation": "shown", "summary": "Answers a refused insert with 409 Conflict.",
                          "evidence": [{"segment": "s1", "quote": "%s"}]}], "openQuestions": []}""".formatted(QUOTE))));
        suite = Files.writeString(dir.resolve("engine-check.yaml"), SUITE);
        recordings = dir.resolve("recordings");
        config = Files.writeString(dir.resolve("model.yaml"), """
                copilot:
                  model:
                    provider: openai
                    url: http://127.0.0.1:%d/v1
                    name: test-model
                    key: sk-test-key
                """.formatted(model.port()));
    }

    @AfterEach
    void stop() {
        model.stop();
    }

    @Test
    void should_record_a_live_run_and_replay_it_exactly_without_the_network() throws IOException {
        Result live = eval("run", suite.toString(), "--engine", "live", "--config", config.toString());

        assertThat(live.status()).as(live.log()).isZero();
        List<LoggedRequest> sent = model.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
        assertThat(sent).hasSize(4);
        assertThat(sent)
                .extracting(LoggedRequest::getBodyAsString)
                .allSatisfy(body -> assertThat(body)
                        .doesNotContainIgnoringCase("Adeyemi")
                        .doesNotContain("ngozi.adeyemi@example.org", "7946 0321"));
        assertThat(recordings.resolve("recording.json")).exists();
        try (Stream<Path> files = Files.list(recordings)) {
            assertThat(files.filter(f -> !f.endsWith("recording.json"))).hasSize(4);
        }
        JsonNode liveReport = report("live");
        assertThat(liveReport.at("/metrics/model-answered").asDouble()).isEqualTo(1.0);
        assertThat(liveReport.at("/cases/0/output/probes/0/target").asText()).isEqualTo("key-point:idempotency-key");

        model.stop();
        Result replay = eval("run", suite.toString(), "--engine", "replay");

        assertThat(replay.status()).as(replay.log()).isZero();
        JsonNode replayReport = report("replay");
        assertThat(replayReport.get("metrics")).isEqualTo(liveReport.get("metrics"));
        for (int i = 0; i < 2; i++) {
            assertThat(replayReport.at("/cases/" + i + "/output")).isEqualTo(liveReport.at("/cases/" + i + "/output"));
        }
    }

    @Test
    void should_report_and_gate_on_replies_that_fail_their_schema() throws IOException {
        model.resetAll();
        model.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(ModelStubs.openAiAnswer("{\"probes\": \"not a list\"}")));

        Result live = eval("run", suite.toString(), "--engine", "live", "--config", config.toString());

        assertThat(live.status()).as(live.log()).isEqualTo(1);
        assertThat(live.log()).contains("gate schema-failed <= 0.000         FAIL");
        JsonNode report = report("live");
        assertThat(report.at("/metrics/schema-failed").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/metrics/model-answered").asDouble()).isZero();
    }

    @Test
    void should_refuse_a_replay_without_recordings_and_a_live_run_without_a_model() {
        Result replay = eval("run", suite.toString(), "--engine", "replay");
        Result live = eval("run", suite.toString(), "--engine", "live");

        assertThat(replay.status()).isEqualTo(2);
        assertThat(replay.log()).contains("no recordings in " + recordings);
        assertThat(live.status()).isEqualTo(2);
        assertThat(live.log()).contains("the live engine needs a model");
    }

    private Result eval(String... args) {
        String[] all = Stream.concat(
                        Stream.of(args),
                        Stream.of(
                                "--recordings",
                                recordings.toString(),
                                "--out",
                                dir.resolve("runs").toString()))
                .toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = EvalCli.run(
                all,
                EvalSuitesTest.ROOT,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8));
    }

    private JsonNode report(String engine) throws IOException {
        try (Stream<Path> runs = Files.list(dir.resolve("runs").resolve("engine-check"))) {
            Path run = runs.filter(p -> p.getFileName().toString().endsWith("-" + engine))
                    .findFirst()
                    .orElseThrow();
            return JSON.readTree(run.resolve("report.json").toFile());
        }
    }

    private record Result(int status, String log) {}
}
