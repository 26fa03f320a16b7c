package dev.interviewcopilot.server.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.interviewcopilot.server.llm.ProviderStubs.call;
import static dev.interviewcopilot.server.llm.ProviderStubs.ollamaAnswer;
import static dev.interviewcopilot.server.llm.ProviderStubs.ollamaCall;
import static dev.interviewcopilot.server.llm.ProviderStubs.ollamaStream;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiAnswer;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiCall;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiStream;
import static dev.interviewcopilot.server.llm.ProviderStubs.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway against WireMock speaking the OpenAI and Ollama HTTP APIs: answers, streams, structured output. */
class ModelGatewayIT {
    private final WireMockServer server =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @TempDir
    Path cache;

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void should_answer_through_the_openai_api_with_provenance_and_tokens() {
        server.stubFor(openAiCall()
                .withRequestBody(matchingJsonPath("$.model", equalTo("test-model")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .willReturn(openAiAnswer("Ask about the unique constraint.")));
        try (GuardedModelGateway gateway = openAi(CacheMode.OFF)) {
            ModelOutcome outcome = gateway.complete(call(prompt("You help interviewers.", "The answer.")));

            assertThat(outcome).isInstanceOfSatisfying(ModelOutcome.Answered.class, a -> {
                assertThat(a.text()).isEqualTo("Ask about the unique constraint.");
                assertThat(a.prompt().toString()).isEqualTo("probes@1#abcdefabcdef");
                assertThat(a.model()).isEqualTo("openai/test-model");
                assertThat(a.inputTokens()).isEqualTo(40);
                assertThat(a.outputTokens()).isEqualTo(12);
                assertThat(a.replayed()).isFalse();
            });
            assertThat(server.findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH)))
                            .get(0)
                            .getHeader("Authorization"))
                    .isEqualTo("Bearer sk-test-key");
        }
    }

    @Test
    void should_relay_openai_stream_tokens_in_order() {
        server.stubFor(openAiCall().willReturn(openAiStream(List.of("Ask ", "about ", "retries."))));
        List<String> tokens = new ArrayList<>();
        try (GuardedModelGateway gateway = openAi(CacheMode.OFF)) {
            ModelOutcome outcome = gateway.stream(call(prompt("s", "u")), tokens::add);

            assertThat(String.join("", tokens)).isEqualTo("Ask about retries.");
            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            ModelOutcome.Answered.class,
                            a -> assertThat(a.text()).isEqualTo("Ask about retries."));
        }
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH)))
                        .get(0)
                        .getBodyAsString())
                .containsPattern("\"stream\"\\s*:\\s*true");
    }

    @Test
    void should_parse_valid_structured_output() {
        server.stubFor(
                openAiCall().willReturn(openAiAnswer("```json\n{\"probes\": [{\"text\": \"Why a queue?\"}]}\n```")));
        try (GuardedModelGateway gateway = openAi(CacheMode.OFF)) {
            ModelGateway.StructuredOutcome<JsonNode> outcome =
                    gateway.completeJson(call(prompt("s", "u")), Validation::valid);

            assertThat(outcome).isInstanceOfSatisfying(ModelGateway.StructuredOutcome.Valid.class, v -> {
                assertThat(((JsonNode) v.parsed().value()).at("/probes/0/text").asText())
                        .isEqualTo("Why a queue?");
                assertThat(v.parsed().repaired()).isFalse();
            });
        }
    }

    @Test
    void should_repair_output_that_breaks_the_schema_once() {
        server.stubFor(openAiCall()
                .inScenario("repair")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(openAiAnswer("{\"probes\": [{\"question\": \"Why?\"}]}"))
                .willSetStateTo("repaired"));
        server.stubFor(openAiCall()
                .inScenario("repair")
                .whenScenarioStateIs("repaired")
                .willReturn(openAiAnswer("{\"probes\": [{\"text\": \"Why a queue?\"}]}")));
        try (GuardedModelGateway gateway = openAi(CacheMode.OFF)) {
            ModelGateway.StructuredOutcome<JsonNode> outcome =
                    gateway.completeJson(call(prompt("s", "u")), Validation::valid);

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            ModelGateway.StructuredOutcome.Valid.class,
                            v -> assertThat(v.parsed().repaired()).isTrue());
        }
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH)));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).getBodyAsString()).contains("cannot be used").contains("question");
    }

    @Test
    void should_give_up_after_one_failed_repair_of_a_caller_check() {
        server.stubFor(
                openAiCall().willReturn(openAiAnswer("{\"probes\": [{\"text\": \"a quote not in the transcript\"}]}")));
        try (GuardedModelGateway gateway = openAi(CacheMode.OFF)) {
            ModelGateway.StructuredOutcome<JsonNode> outcome = gateway.completeJson(
                    call(prompt("s", "u")),
                    json -> Validation.invalid(List.of("quote 1 is not a verbatim span of the transcript")));

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            ModelGateway.StructuredOutcome.Failed.class,
                            f -> assertThat(f.unavailable().reason()).isEqualTo(FallbackReason.INVALID_OUTPUT));
        }
        assertThat(server.countRequestsMatching(openAiCall().build().getRequest())
                        .getCount())
                .isEqualTo(2);
    }

    @Test
    void should_answer_stream_and_structure_through_the_ollama_api() {
        server.stubFor(ollamaCall()
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(ollamaStream(List.of("Ask ", "about ", "indexes."))));
        server.stubFor(ollamaCall()
                .withRequestBody(matchingJsonPath("$.stream", equalTo("false")))
                .willReturn(ollamaAnswer("{\"probes\": [{\"text\": \"Which index?\"}]}")));
        List<String> tokens = new ArrayList<>();
        try (GuardedModelGateway gateway =
                ProviderStubs.ollama(server, ProviderStubs.guard(), Clock.systemUTC(), cache)) {
            ModelOutcome streamed = gateway.stream(call(prompt("s", "u")), tokens::add);
            ModelGateway.StructuredOutcome<JsonNode> structured =
                    gateway.completeJson(call(prompt("s", "u")), Validation::valid);

            assertThat(String.join("", tokens)).isEqualTo("Ask about indexes.");
            assertThat(streamed).isInstanceOf(ModelOutcome.Answered.class);
            assertThat(structured).isInstanceOf(ModelGateway.StructuredOutcome.Valid.class);
            assertThat(gateway.model()).isEqualTo("ollama/test-model");
        }
    }

    @Test
    void should_say_not_configured_and_call_nothing_when_offline() {
        try (GuardedModelGateway gateway = GuardedModelGateway.create(
                ModelSettings.offline(), ProviderStubs.guard(), cache, CacheMode.OFF, Clock.systemUTC())) {
            assertThat(gateway.complete(call(prompt("s", "u"))))
                    .isEqualTo(new ModelOutcome.Unavailable(FallbackReason.NOT_CONFIGURED, "no model is configured"));
            assertThat(gateway.configured()).isFalse();
        }
    }

    @Test
    void should_never_send_candidate_identifiers_and_restore_them_in_the_answer() {
        server.stubFor(openAiCall().willReturn(openAiAnswer("Ask [CANDIDATE_1] how [EMAIL_1] was used.")));
        ModelCall call = new ModelCall(
                prompt(
                        "Interview of Grace Hopper.",
                        "Grace said: mail me at grace.hopper@example.com or call +44 20 7946 0958, see https://github.com/ghopper"),
                Budget.LIVE,
                "interviewer-1",
                List.of("Grace Hopper", "grace.hopper@example.com"));
        try (GuardedModelGateway gateway = openAi(CacheMode.OFF)) {
            ModelOutcome outcome = gateway.complete(call);

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            ModelOutcome.Answered.class,
                            a -> assertThat(a.text())
                                    .isEqualTo("Ask Grace Hopper how grace.hopper@example.com was used."));
        }
        String sent = server.findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH)))
                .get(0)
                .getBodyAsString();
        assertThat(sent)
                .doesNotContain("Grace", "Hopper", "hopper@example.com", "7946", "github.com/ghopper")
                .contains("[CANDIDATE_1]", "[EMAIL_1]", "[PHONE_1]", "[LINK_1]");
    }

    @Test
    void should_replay_a_recorded_answer_exactly_without_the_network() {
        server.stubFor(openAiCall().willReturn(openAiAnswer("Recorded answer.")));
        ModelCall call = call(prompt("s", "u"));
        ModelOutcome recorded;
        try (GuardedModelGateway gateway = openAi(CacheMode.RECORD)) {
            recorded = gateway.complete(call);
        }
        GuardedModelGateway replayGateway = openAi(CacheMode.REPLAY);
        server.stop();
        try (GuardedModelGateway replay = replayGateway) {
            ModelOutcome replayed = replay.complete(call);
            ModelOutcome missing = replay.complete(call(prompt("s", "another input")));

            assertThat(replayed).isInstanceOfSatisfying(ModelOutcome.Answered.class, a -> {
                assertThat(a.text()).isEqualTo(((ModelOutcome.Answered) recorded).text());
                assertThat(a.replayed()).isTrue();
            });
            assertThat(missing)
                    .isInstanceOfSatisfying(
                            ModelOutcome.Unavailable.class,
                            u -> assertThat(u.reason()).isEqualTo(FallbackReason.REPLAY_MISS));
            assertThat(replay.upstreamRequests()).isZero();
        }
    }

    private GuardedModelGateway openAi(CacheMode mode) {
        return ProviderStubs.openAi(server, ProviderStubs.guard(), Clock.systemUTC(), cache, mode);
    }
}
