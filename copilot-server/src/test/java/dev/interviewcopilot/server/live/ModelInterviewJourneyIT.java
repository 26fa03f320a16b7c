package dev.interviewcopilot.server.live;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiAnswer;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiCall;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiStream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.llm.ProviderStubs;
import dev.interviewcopilot.server.logging.LogFormat;
import dev.interviewcopilot.server.logging.LogSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same journey with a model behind the service: WireMock speaks the OpenAI API over real HTTP, answering the
 * probe call as JSON and as a stream, and the note call with evidence to verify. The candidate's name and email,
 * said aloud in the transcript, never reach it.
 */
class ModelInterviewJourneyIT {
    private final WireMockServer model =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private TestServer server;

    static final String IDEMPOTENCY = "If the client retries after a timeout, what keeps it from booking twice?";
    static final String RACE = "Two requests check the same room in the same millisecond. What happens next?";

    @BeforeEach
    void start() {
        model.start();
        model.stubFor(openAiCall()
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))
                .willReturn(openAiStream(chunks(probes()))));
        model.stubFor(openAiCall()
                .atPriority(2)
                .withRequestBody(containing("openQuestions"))
                .willReturn(openAiAnswer(notes())));
        model.stubFor(openAiCall().atPriority(5).willReturn(openAiAnswer(probes())));
        server = TestServer.started(ProviderStubs.openAiSettings(model, Map.of()));
    }

    @AfterEach
    void stop() {
        server.stop();
        model.stop();
    }

    @Test
    void should_carry_an_interview_through_with_the_models_probes_and_notes() {
        new Journey(new Api(server), "llm").run();

        List<LoggedRequest> requests = model.findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH)));
        assertThat(requests).hasSizeGreaterThanOrEqualTo(3);
        assertThat(model.findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH))
                        .withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))))
                .as("the streamed follow-ups reached the model")
                .hasSize(1);
        assertThat(requests)
                .allSatisfy(r -> assertThat(r.getBodyAsString())
                        .doesNotContain(Journey.CANDIDATE, "Quartermaine", Journey.EMAIL));
    }

    @Test
    void should_show_ai_suggested_bands_labelled_only_when_the_deployment_allows_them() {
        server.stop();
        server = TestServer.started(ProviderStubs.openAiSettings(model, Map.of("copilot.ratings.suggested", "true")));
        Api api = new Api(server);
        String base = "/v1/interviews/" + new Journey(api, "llm").prepare();

        JsonNode note = api.get(base + "/notes").json().path("notes").get(0);
        assertThat(note.path("aiSuggestion").path("band").asText()).isEqualTo("4-6");
        assertThat(note.path("aiSuggestion").path("label").asText()).startsWith("AI suggestion");
        assertThat(note.path("aiSuggestion").path("descriptor").asText()).isNotBlank();
        assertThat(api.get(base + "/scorecard").json().has("aiSuggestions")).isTrue();
        JsonNode drafted = api.get(base + "/audit").json().path("events").findParents("kind").stream()
                .filter(e -> e.path("kind").asText().equals("notes-drafted"))
                .findFirst()
                .orElseThrow();
        assertThat(drafted.path("payload")
                        .path("output")
                        .path("notes")
                        .get(0)
                        .path("aiSuggestedBand")
                        .asText())
                .as("recorded as an AI suggestion")
                .isEqualTo("4-6");
    }

    @Test
    void should_keep_the_model_key_tokens_and_interview_text_out_of_every_log_line_and_response() {
        String key = "sk-canary-Kx93Lq";
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            private final java.util.logging.SimpleFormatter formatter = new java.util.logging.SimpleFormatter();

            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(formatter.format(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        server.stop();
        // The most verbose set-up an operator can choose, from the first line of start-up.
        LogSetup.configure(LogFormat.PLAIN, java.util.logging.Level.ALL);
        capture.setLevel(java.util.logging.Level.ALL);
        java.util.logging.Logger.getLogger("").addHandler(capture);
        try {
            server = TestServer.started(Map.of(
                    "copilot.model.provider",
                    "openai",
                    "copilot.model.url",
                    model.baseUrl() + "/v1",
                    "copilot.model.key",
                    key,
                    "copilot.model.name",
                    "test-model"));
            Api api = new Api(server);
            String base = "/v1/interviews/" + new Journey(api, "llm").prepare();
            String note = "Canary note Zq41: explained row locks";
            String noteId = api.get(base + "/notes")
                    .json()
                    .path("notes")
                    .get(0)
                    .path("id")
                    .asText();
            assertThat(api.patch(base + "/notes/" + noteId, Map.of("status", "confirmed", "text", note))
                            .status())
                    .isEqualTo(200);
            List<String> responses = new java.util.ArrayList<>();
            for (String path : List.of(
                    base,
                    base + "/audit",
                    base + "/notes",
                    base + "/probes",
                    base + "/scorecard",
                    "/v1/me",
                    "/openapi")) {
                responses.add(api.get(path).text());
            }
            responses.add(server.get("/observe/health").body());
            responses.add(server.get("/observe/metrics").body());

            assertThat(lines).anySatisfy(line -> assertThat(line).contains("test-model"));
            assertThat(lines)
                    .noneSatisfy(line -> assertThat(line)
                            .containsAnyOf(
                                    key,
                                    server.admin(),
                                    Journey.CANDIDATE,
                                    Journey.EMAIL,
                                    Journey.ANSWER.substring(0, 40),
                                    Journey.PROTECTED_QUESTION,
                                    note));
            assertThat(responses).noneSatisfy(body -> assertThat(body).contains(key));
            assertThat(model.findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH))))
                    .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + key));
        } finally {
            java.util.logging.Logger.getLogger("").removeHandler(capture);
            LogSetup.configure(LogFormat.PLAIN, java.util.logging.Level.INFO);
        }
    }

    private static String probes() {
        ObjectNode reply = ProviderStubs.JSON.createObjectNode();
        ArrayNode array = reply.putArray("probes");
        probe(array, "idempotency-key", IDEMPOTENCY);
        probe(array, "race-window", RACE);
        return reply.toString();
    }

    private static void probe(ArrayNode array, String keyPoint, String text) {
        ObjectNode probe = array.addObject().put("text", text);
        probe.putObject("target").put("kind", "key-point").put("id", keyPoint);
        probe.put("why", "The answer has not shown this yet.");
    }

    private static String notes() {
        ObjectNode reply = ProviderStubs.JSON.createObjectNode();
        ArrayNode array = reply.putArray("notes");
        note(array, "database-enforced", "lock the room row with select for update");
        note(array, "conflict-response", "we send back a 409 and show which booking is in the way");
        reply.putArray("openQuestions").add("What happens when a client retries after a timeout?");
        return reply.toString();
    }

    private static void note(ArrayNode array, String keyPoint, String quote) {
        ObjectNode note = array.addObject();
        note.putObject("criterion").put("kind", "key-point").put("id", keyPoint);
        note.put("observation", "shown").put("summary", "Describes how the answer handles this point.");
        note.put("rubricBand", "4-6");
        note.putArray("evidence").addObject().put("segment", "s3").put("quote", quote);
    }

    /** The reply cut into small pieces, as a model streams it. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 9) {
            chunks.add(text.substring(i, Math.min(text.length(), i + 9)));
        }
        return chunks;
    }
}
