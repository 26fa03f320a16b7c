package dev.interviewcopilot.server.assist;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiAnswer;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiCall;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiStream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.interviewcopilot.server.llm.CacheMode;
import dev.interviewcopilot.server.llm.FallbackReason;
import dev.interviewcopilot.server.llm.GuardedModelGateway;
import dev.interviewcopilot.server.llm.ProviderStubs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes drafted by a model speaking the OpenAI API (WireMock), checked by code, with the offline engine behind. */
class ProbeSuggesterIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SLACK = Duration.ofMillis(100);

    private final WireMockServer server =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @TempDir
    Path cache;

    private GuardedModelGateway gateway;
    private ProbeSuggester suggester;

    @BeforeEach
    void start() {
        server.start();
        gateway = ProviderStubs.openAi(server, ProviderStubs.guard(), Clock.systemUTC(), cache, CacheMode.OFF);
        suggester = new ProbeSuggester(gateway, Assist.prompts(), Assist.analyzer(), Assist.linter());
    }

    @AfterEach
    void stop() {
        gateway.close();
        server.stop();
    }

    private static ProbeRequest weakAnswer() {
        return new ProbeRequest(Assist.booking(), Assist.answer(AnswerAnalyzerTest.WEAK), List.of(), Assist.CALLER);
    }

    static String probes(String[]... probes) {
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode array = reply.putArray("probes");
        for (String[] p : probes) {
            ObjectNode probe = array.addObject().put("text", p[2]);
            probe.putObject("target").put("kind", p[0]).put("id", p[1]);
            probe.put("why", "The answer has not shown this yet.");
        }
        return reply.toString();
    }

    static final String[] IDEMPOTENCY = {
        "key-point", "idempotency-key", "If the client retries after a timeout, what keeps it from booking twice?"
    };
    static final String[] RACE = {
        "key-point", "race-window", "Two requests check the same room in the same millisecond. What happens next?"
    };
    static final String[] FLAG = {
        "red-flag", "app-level-check", "Where exactly is the overlap rule enforced, and what guarantees it holds?"
    };

    @Test
    void should_serve_the_models_probes_with_their_provenance() {
        server.stubFor(openAiCall().willReturn(openAiAnswer(probes(IDEMPOTENCY, RACE))));

        ProbeSuggestions suggestions = suggester.suggest(weakAnswer());

        assertThat(suggestions.probes()).extracting(Probe::text).containsExactly(IDEMPOTENCY[2], RACE[2]);
        assertThat(suggestions.probes()).allMatch(p -> p.source() == Probe.Source.MODEL);
        assertThat(suggestions.provenance().engine()).isEqualTo(Engine.LLM);
        assertThat(suggestions.provenance().fallbackReason()).isEmpty();
        assertThat(suggestions.provenance().prompt())
                .hasValueSatisfying(p -> assertThat(p).startsWith("probes@1#"));
        assertThat(suggestions.provenance().model()).contains("openai/test-model");
        assertThat(suggestions.provenance().repaired()).isFalse();
    }

    @Test
    void should_send_an_unknown_target_back_for_repair_once() {
        String[] invented = {"key-point", "sharding", "How would you shard the bookings table?"};
        server.stubFor(openAiCall()
                .inScenario("repair")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(openAiAnswer(probes(invented)))
                .willSetStateTo("repaired"));
        server.stubFor(openAiCall()
                .inScenario("repair")
                .whenScenarioStateIs("repaired")
                .willReturn(openAiAnswer(probes(IDEMPOTENCY))));

        ProbeSuggestions suggestions = suggester.suggest(weakAnswer());

        assertThat(suggestions.probes()).extracting(Probe::text).containsExactly(IDEMPOTENCY[2]);
        assertThat(suggestions.provenance().repaired()).isTrue();
        server.verify(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH))
                .withRequestBody(containing("'sharding', which is not in the reference")));
    }

    @Test
    void should_fall_back_to_the_bank_when_the_model_keeps_touching_a_protected_topic() {
        String[] protectedProbe = {"key-point", "race-window", "Do you have kids who need you home by five?"};
        server.stubFor(openAiCall().willReturn(openAiAnswer(probes(protectedProbe))));

        ProbeSuggestions suggestions = suggester.suggest(weakAnswer());

        assertThat(suggestions.provenance().engine()).isEqualTo(Engine.OFFLINE);
        assertThat(suggestions.provenance().fallbackReason()).contains(FallbackReason.INVALID_OUTPUT);
        assertThat(suggestions.probes()).isNotEmpty().allMatch(p -> p.source() == Probe.Source.BANK);
        assertThat(suggestions.probes()).extracting(Probe::text).noneMatch(t -> t.contains("kids"));
        server.verify(2, postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH)));
    }

    @Test
    void should_fall_back_within_the_live_budget_when_the_provider_fails() {
        server.stubFor(openAiCall().willReturn(aResponse().withStatus(503)));

        long started = System.nanoTime();
        ProbeSuggestions suggestions = suggester.suggest(weakAnswer());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(suggestions.provenance().fallbackReason()).contains(FallbackReason.PROVIDER_ERROR);
        assertThat(suggestions.probes()).hasSize(3);
        assertThat(took).isLessThanOrEqualTo(ProviderStubs.LIVE.plus(SLACK).plus(Duration.ofMillis(400)));
    }

    @Test
    void should_relay_each_probe_as_soon_as_it_has_formed() {
        List<String> tokens = tokens(probes(IDEMPOTENCY, RACE, FLAG));
        // Dribbled over 600 ms in six pieces: the first probe is whole long before the stream ends.
        server.stubFor(openAiCall().willReturn(openAiStream(tokens).withChunkedDribbleDelay(6, 600)));
        List<Long> arrivals = new ArrayList<>();
        List<Probe> streamed = new ArrayList<>();
        long started = System.nanoTime();

        ProbeSuggestions suggestions = suggester.stream(weakAnswer(), probe -> {
            streamed.add(probe);
            arrivals.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
        });
        long total = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(streamed).extracting(Probe::text).containsExactly(IDEMPOTENCY[2], RACE[2], FLAG[2]);
        assertThat(suggestions.probes()).isEqualTo(streamed);
        assertThat(suggestions.provenance().engine()).isEqualTo(Engine.LLM);
        assertThat(arrivals.get(0)).isLessThan(total - 150);
    }

    @Test
    void should_keep_the_probes_shown_and_fill_in_from_the_bank_when_a_stream_stalls() {
        String oneProbe = probes(IDEMPOTENCY);
        // The reply stops after the first probe: its closing "]}" never comes.
        List<String> tokens = new ArrayList<>(tokens(oneProbe.substring(0, oneProbe.length() - 2)));
        tokens.add(", {\"text\": \"Where is the rule enforced" + " ".repeat(20_000));
        // Four pieces 500 ms apart: the first holds the whole first probe; the gap after it exceeds the idle limit.
        server.stubFor(openAiCall().willReturn(openAiStream(tokens).withChunkedDribbleDelay(4, 2000)));
        List<Probe> streamed = new ArrayList<>();

        ProbeSuggestions suggestions = suggester.stream(weakAnswer(), streamed::add);

        assertThat(suggestions.probes()).hasSize(3);
        assertThat(suggestions.probes().get(0).text()).isEqualTo(IDEMPOTENCY[2]);
        assertThat(suggestions.probes().get(0).source()).isEqualTo(Probe.Source.MODEL);
        assertThat(suggestions.probes().subList(1, 3)).allMatch(p -> p.source() == Probe.Source.BANK);
        assertThat(suggestions.probes()).extracting(p -> p.target().id()).doesNotHaveDuplicates();
        assertThat(streamed).isEqualTo(suggestions.probes());
        assertThat(suggestions.provenance().engine()).isEqualTo(Engine.LLM);
        assertThat(suggestions.provenance().fallbackReason())
                .hasValueSatisfying(r -> assertThat(r).isIn(FallbackReason.STALLED, FallbackReason.TIMEOUT));
    }

    @Test
    void should_keep_the_candidates_identifiers_out_of_every_request() {
        server.stubFor(openAiCall().willReturn(openAiAnswer(probes(IDEMPOTENCY))));
        String answer = "Priya Raman here, you can reach me at +44 7700 900123 or priya.raman@example.org. "
                + AnswerAnalyzerTest.WEAK;

        suggester.suggest(new ProbeRequest(Assist.booking(), Assist.answer(answer), List.of(), Assist.CALLER));

        assertThat(server.getAllServeEvents())
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.getRequest().getBodyAsString())
                        .doesNotContain("Priya", "Raman", "priya.raman", "7700 900123", "7700900123"));
    }

    /** A reply cut into small tokens, as a model streams it. */
    static List<String> tokens(String reply) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < reply.length(); i += 7) {
            tokens.add(reply.substring(i, Math.min(reply.length(), i + 7)));
        }
        return tokens;
    }
}
