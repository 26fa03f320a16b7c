package dev.interviewcopilot.server.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.interviewcopilot.server.llm.ProviderStubs.LIVE;
import static dev.interviewcopilot.server.llm.ProviderStubs.call;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiAnswer;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiCall;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiStream;
import static dev.interviewcopilot.server.llm.ProviderStubs.prompt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault the issue names, against the real OpenAI HTTP API shape: each comes back as a fallback reason
 * within the time budget plus 100 ms; the breaker opens and half-opens as configured; retries stay within 1.3
 * upstream calls per request at a 50% failure rate.
 */
class ModelGatewayFaultsIT {
    private static final Duration SLACK = Duration.ofMillis(100);

    private final WireMockServer server =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final MovableClock clock = new MovableClock();

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

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(
                        "connection reset",
                        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                        FallbackReason.PROVIDER_ERROR),
                Arguments.of(
                        "empty response", aResponse().withFault(Fault.EMPTY_RESPONSE), FallbackReason.PROVIDER_ERROR),
                Arguments.of(
                        "malformed chunk",
                        aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                        FallbackReason.PROVIDER_ERROR),
                Arguments.of(
                        "random data then close",
                        aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                        FallbackReason.PROVIDER_ERROR),
                Arguments.of(
                        "delay past the limit",
                        openAiAnswer("late").withFixedDelay((int) LIVE.toMillis() * 3),
                        FallbackReason.TIMEOUT),
                Arguments.of(
                        "429 with a long Retry-After",
                        aResponse()
                                .withStatus(429)
                                .withHeader("Retry-After", "30")
                                .withBody("{\"error\":{\"message\":\"slow down\"}}"),
                        FallbackReason.PROVIDER_RATE_LIMITED),
                Arguments.of(
                        "500",
                        aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"boom\"}}"),
                        FallbackReason.PROVIDER_ERROR),
                Arguments.of(
                        "503",
                        aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"overloaded\"}}"),
                        FallbackReason.PROVIDER_ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void should_fall_back_within_the_budget(String name, ResponseDefinitionBuilder fault, FallbackReason expected) {
        server.stubFor(openAiCall().willReturn(fault));
        try (GuardedModelGateway gateway = gateway(ProviderStubs.guard())) {
            long started = System.nanoTime();
            ModelOutcome outcome = gateway.complete(call(prompt("s", "u")));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            ModelOutcome.Unavailable.class,
                            u -> assertThat(u.reason()).isEqualTo(expected));
            assertThat(took).isLessThanOrEqualTo(LIVE.plus(SLACK));
        }
    }

    @Test
    void should_fall_back_when_the_output_is_not_json_even_after_repair() {
        server.stubFor(openAiCall().willReturn(openAiAnswer("Sure! Here are some probes: ask about caching.")));
        try (GuardedModelGateway gateway = gateway(ProviderStubs.guard())) {
            long started = System.nanoTime();
            ModelGateway.StructuredOutcome<JsonNode> outcome =
                    gateway.completeJson(call(prompt("s", "u")), Validation::valid);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            ModelGateway.StructuredOutcome.Failed.class,
                            f -> assertThat(f.unavailable().reason()).isEqualTo(FallbackReason.INVALID_OUTPUT));
            assertThat(took).isLessThanOrEqualTo(LIVE.plus(SLACK));
        }
    }

    @Test
    void should_stop_a_stream_that_stalls_midway() {
        // Eight pieces 400 ms apart: the first arrives within the 800 ms budget, then a gap longer than the 300 ms
        // idle limit.
        server.stubFor(openAiCall()
                .willReturn(openAiStream(List.of("Ask ", "about ", "the ", "index ", "and ", "its ", "cost", "."))
                        .withChunkedDribbleDelay(8, 3200)));
        List<String> tokens = new ArrayList<>();
        try (GuardedModelGateway gateway = gateway(ProviderStubs.guard())) {
            long started = System.nanoTime();
            ModelOutcome outcome = gateway.stream(call(prompt("s", "u")), tokens::add);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            ModelOutcome.Unavailable.class,
                            u -> assertThat(u.reason()).isIn(FallbackReason.STALLED, FallbackReason.TIMEOUT));
            assertThat(tokens).as("tokens before the stall").isNotEmpty();
            assertThat(took).isLessThanOrEqualTo(LIVE.plus(SLACK));
        }
    }

    @Test
    void should_time_out_a_stream_whose_first_token_never_comes() {
        server.stubFor(
                openAiCall().willReturn(openAiStream(List.of("late")).withFixedDelay((int) LIVE.toMillis() * 3)));
        try (GuardedModelGateway gateway = gateway(ProviderStubs.guard())) {
            warmStreaming(gateway);
            long started = System.nanoTime();
            ModelOutcome outcome = gateway.stream(call(prompt("s", "u")), token -> {});
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            ModelOutcome.Unavailable.class,
                            u -> assertThat(u.reason()).isEqualTo(FallbackReason.TIMEOUT));
            assertThat(took).isLessThanOrEqualTo(LIVE.plus(SLACK));
        }
    }

    @Test
    void should_retry_a_429_whose_retry_after_fits_the_budget() {
        server.stubFor(openAiCall()
                .inScenario("rate")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "0")
                        .withBody("{}"))
                .willSetStateTo("ok"));
        server.stubFor(openAiCall().inScenario("rate").whenScenarioStateIs("ok").willReturn(openAiAnswer("fine")));
        try (GuardedModelGateway gateway = gateway(generousRetries())) {
            warmRetryBudget(gateway);
            server.resetRequests();

            ModelOutcome outcome = gateway.complete(call(prompt("s", "u")));

            assertThat(outcome).isInstanceOf(ModelOutcome.Answered.class);
            assertThat(server.getAllServeEvents()).hasSize(2);
        }
    }

    @Test
    void should_open_the_breaker_within_one_interview_and_probe_again_after_the_wait() {
        server.stubFor(openAiCall().willReturn(aResponse().withStatus(500).withBody("{}")));
        try (GuardedModelGateway gateway = gateway(ProviderStubs.guard())) {
            for (int i = 0; i < 4; i++) {
                gateway.complete(call(prompt("s", "u" + i)));
            }
            assertThat(gateway.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
            long before = gateway.upstreamRequests();

            ModelOutcome whileOpen = gateway.complete(call(prompt("s", "open")));

            assertThat(whileOpen)
                    .isInstanceOfSatisfying(
                            ModelOutcome.Unavailable.class,
                            u -> assertThat(u.reason()).isEqualTo(FallbackReason.CIRCUIT_OPEN));
            assertThat(gateway.upstreamRequests()).isEqualTo(before);

            server.stubFor(openAiCall().willReturn(openAiAnswer("recovered")));
            clock.advance(Duration.ofSeconds(6));
            ModelOutcome probe = gateway.complete(call(prompt("s", "probe")));

            assertThat(probe).isInstanceOf(ModelOutcome.Answered.class);
            assertThat(gateway.breakerState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
            gateway.complete(call(prompt("s", "probe 2")));
            assertThat(gateway.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
        }
    }

    @Test
    void should_keep_upstream_calls_within_1_3x_at_a_50_percent_failure_rate() {
        // Every other upstream request fails; the breaker is set not to open so that only retries are measured.
        server.stubFor(openAiCall()
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{}"))
                .willSetStateTo("up"));
        server.stubFor(openAiCall()
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .willReturn(openAiAnswer("ok"))
                .willSetStateTo(Scenario.STARTED));
        GuardSettings g = ProviderStubs.guard();
        GuardSettings noBreaker = new GuardSettings(
                g.liveTimeout(),
                g.batchTimeout(),
                g.streamIdle(),
                3,
                g.backoff(),
                g.retryBudget(),
                g.breakerWindow(),
                1000,
                100,
                g.breakerOpenFor(),
                g.breakerProbes(),
                g.maxConcurrentCalls(),
                g.userRequestsPerMinute(),
                g.userTokensPerHour());
        int calls = 200;
        try (GuardedModelGateway gateway = gateway(noBreaker)) {
            for (int i = 0; i < calls; i++) {
                gateway.complete(call(prompt("s", "u" + i)));
            }
            double ratio = (double) gateway.upstreamRequests() / calls;
            System.out.printf("upstream requests per call at a 50%% failure rate: %.2f%n", ratio);

            assertThat(ratio).isLessThanOrEqualTo(1.3).isGreaterThan(1.0);
        }
    }

    @Test
    void should_refuse_rather_than_queue_when_too_many_calls_are_in_flight() throws Exception {
        server.stubFor(openAiCall().willReturn(openAiAnswer("slow").withFixedDelay(400)));
        GuardSettings g = ProviderStubs.guard();
        GuardSettings oneAtATime = new GuardSettings(
                g.liveTimeout(),
                g.batchTimeout(),
                g.streamIdle(),
                g.maxAttempts(),
                g.backoff(),
                g.retryBudget(),
                g.breakerWindow(),
                g.breakerMinimumCalls(),
                g.breakerFailureRate(),
                g.breakerOpenFor(),
                g.breakerProbes(),
                1,
                g.userRequestsPerMinute(),
                g.userTokensPerHour());
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        try (GuardedModelGateway gateway = gateway(oneAtATime)) {
            CompletableFuture<ModelOutcome> first =
                    CompletableFuture.supplyAsync(() -> gateway.complete(call(prompt("s", "1"))), pool);
            Thread.sleep(100);
            ModelOutcome second = gateway.complete(call(prompt("s", "2")));

            assertThat(second)
                    .isInstanceOfSatisfying(
                            ModelOutcome.Unavailable.class,
                            u -> assertThat(u.reason()).isEqualTo(FallbackReason.BUSY));
            assertThat(first.get()).isInstanceOf(ModelOutcome.Answered.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_stop_a_user_at_their_request_budget() {
        server.stubFor(openAiCall().willReturn(openAiAnswer("ok")));
        GuardSettings g = ProviderStubs.guard();
        GuardSettings twoPerMinute = new GuardSettings(
                g.liveTimeout(),
                g.batchTimeout(),
                g.streamIdle(),
                g.maxAttempts(),
                g.backoff(),
                g.retryBudget(),
                g.breakerWindow(),
                g.breakerMinimumCalls(),
                g.breakerFailureRate(),
                g.breakerOpenFor(),
                g.breakerProbes(),
                g.maxConcurrentCalls(),
                2,
                g.userTokensPerHour());
        try (GuardedModelGateway gateway = gateway(twoPerMinute)) {
            gateway.complete(call(prompt("s", "1")));
            gateway.complete(call(prompt("s", "2")));
            ModelOutcome third = gateway.complete(call(prompt("s", "3")));
            ModelOutcome otherUser =
                    gateway.complete(new ModelCall(prompt("s", "4"), Budget.LIVE, "someone-else", List.of()));

            assertThat(third)
                    .isInstanceOfSatisfying(
                            ModelOutcome.Unavailable.class,
                            u -> assertThat(u.reason()).isEqualTo(FallbackReason.USER_BUDGET_EXCEEDED));
            assertThat(otherUser).isInstanceOf(ModelOutcome.Answered.class);
        }
    }

    private GuardedModelGateway gateway(GuardSettings guard) {
        return ProviderStubs.openAi(server, guard, clock, cache, CacheMode.OFF);
    }

    private static GuardSettings generousRetries() {
        GuardSettings g = ProviderStubs.guard();
        return new GuardSettings(
                g.liveTimeout(),
                g.batchTimeout(),
                g.streamIdle(),
                2,
                g.backoff(),
                1.0,
                g.breakerWindow(),
                g.breakerMinimumCalls(),
                g.breakerFailureRate(),
                g.breakerOpenFor(),
                g.breakerProbes(),
                g.maxConcurrentCalls(),
                g.userRequestsPerMinute(),
                g.userTokensPerHour());
    }

    /** A fresh retry budget holds no credit; a successful call earns some. */
    private void warmRetryBudget(GuardedModelGateway gateway) {
        StubMapping warm = server.stubFor(openAiCall().atPriority(1).willReturn(openAiAnswer("warm")));
        gateway.complete(call(prompt("s", "warm")));
        server.removeStubMapping(warm);
    }

    /** Loads the streaming path's classes, as a running service has, so the first measured call is not a cold start. */
    private void warmStreaming(GuardedModelGateway gateway) {
        StubMapping warm = server.stubFor(openAiCall().atPriority(1).willReturn(openAiStream(List.of("warm"))));
        gateway.stream(call(prompt("s", "warm")), token -> {});
        server.removeStubMapping(warm);
    }
}
