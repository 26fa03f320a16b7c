package dev.interviewcopilot.server.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two provider APIs as WireMock stubs: OpenAI's chat completions (JSON, and SSE when streaming) and Ollama's
 * chat (JSON, and newline-delimited JSON when streaming), plus a gateway wired to them with a small test budget.
 */
public final class ProviderStubs {
    public static final String OPENAI_PATH = "/v1/chat/completions";
    public static final String OLLAMA_PATH = "/api/chat";
    public static final Duration LIVE = Duration.ofMillis(800);
    public static final ObjectMapper JSON = new ObjectMapper();

    private ProviderStubs() {}

    /**
     * The settings that point a test server at {@code server} as its OpenAI-compatible model ("test-model", a dummy
     * key), plus {@code more}.
     */
    public static Map<String, String> openAiSettings(WireMockServer server, Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "copilot.model.provider", "openai",
                "copilot.model.url", server.baseUrl() + "/v1",
                "copilot.model.key", "sk-test-key",
                "copilot.model.name", "test-model"));
        settings.putAll(more);
        return settings;
    }

    public static MappingBuilder openAiCall() {
        return post(urlPathEqualTo(OPENAI_PATH));
    }

    public static MappingBuilder ollamaCall() {
        return post(urlPathEqualTo(OLLAMA_PATH));
    }

    /** A chat completion whose assistant message is {@code content}. */
    public static ResponseDefinitionBuilder openAiAnswer(String content) {
        ObjectNode body = JSON.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion")
                .put("created", 1)
                .put("model", "test-model");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage")
                .put("prompt_tokens", 40)
                .put("completion_tokens", 12)
                .put("total_tokens", 52);
        return okJson(body.toString());
    }

    /** A streamed chat completion: one SSE event per chunk, then [DONE]. */
    public static ResponseDefinitionBuilder openAiStream(List<String> chunks) {
        StringBuilder sse = new StringBuilder();
        for (String chunk : chunks) {
            ObjectNode event = JSON.createObjectNode()
                    .put("id", "c1")
                    .put("object", "chat.completion.chunk")
                    .put("created", 1)
                    .put("model", "test-model");
            ObjectNode choice = event.putArray("choices").addObject().put("index", 0);
            choice.putObject("delta").put("content", chunk);
            choice.putNull("finish_reason");
            sse.append("data: ").append(event).append("\n\n");
        }
        sse.append("data: [DONE]\n\n");
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withBody(sse.toString());
    }

    public static ResponseDefinitionBuilder ollamaAnswer(String content) {
        ObjectNode body = JSON.createObjectNode()
                .put("model", "test-model")
                .put("created_at", "2026-11-22T00:00:00Z")
                .put("done", true)
                .put("prompt_eval_count", 40)
                .put("eval_count", 12);
        body.putObject("message").put("role", "assistant").put("content", content);
        return okJson(body.toString());
    }

    public static ResponseDefinitionBuilder ollamaStream(List<String> chunks) {
        StringBuilder lines = new StringBuilder();
        for (String chunk : chunks) {
            ObjectNode line = JSON.createObjectNode()
                    .put("model", "test-model")
                    .put("created_at", "2026-11-22T00:00:00Z")
                    .put("done", false);
            line.putObject("message").put("role", "assistant").put("content", chunk);
            lines.append(line).append('\n');
        }
        ObjectNode last = JSON.createObjectNode()
                .put("model", "test-model")
                .put("created_at", "2026-11-22T00:00:00Z")
                .put("done", true)
                .put("prompt_eval_count", 40)
                .put("eval_count", 12);
        last.putObject("message").put("role", "assistant").put("content", "");
        lines.append(last).append('\n');
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/x-ndjson")
                .withBody(lines.toString());
    }

    /** Guard settings sized for tests: sub-second budgets, a breaker that opens after four calls. */
    public static GuardSettings guard() {
        return new GuardSettings(
                LIVE,
                Duration.ofSeconds(5),
                Duration.ofMillis(300),
                2,
                Duration.ofMillis(20),
                0.2,
                Duration.ofSeconds(10),
                4,
                50,
                Duration.ofSeconds(5),
                2,
                8,
                1000,
                10_000_000);
    }

    public static GuardedModelGateway openAi(
            WireMockServer server, GuardSettings guard, Clock clock, Path cache, CacheMode mode) {
        ModelSettings settings = new ModelSettings(
                Provider.OPENAI,
                server.baseUrl() + "/v1",
                Optional.of("sk-test-key"),
                "test-model",
                Optional.empty(),
                Optional.empty(),
                0.2,
                Duration.ofSeconds(5));
        return GuardedModelGateway.create(settings, guard, cache, mode, clock);
    }

    public static GuardedModelGateway ollama(WireMockServer server, GuardSettings guard, Clock clock, Path cache) {
        ModelSettings settings = new ModelSettings(
                Provider.OLLAMA,
                server.baseUrl(),
                Optional.empty(),
                "test-model",
                Optional.empty(),
                Optional.empty(),
                0.2,
                Duration.ofSeconds(5));
        return GuardedModelGateway.create(settings, guard, cache, CacheMode.OFF, clock);
    }

    /** A prompt whose answer must be {"probes": [{"text": ...}]}. */
    public static RenderedPrompt prompt(String system, String user) {
        JsonNode schema;
        try {
            schema = JSON.readTree("""
                    {"type": "object", "additionalProperties": false, "required": ["probes"],
                     "properties": {"probes": {"type": "array", "maxItems": 3, "items": {
                       "type": "object", "additionalProperties": false, "required": ["text"],
                       "properties": {"text": {"type": "string", "minLength": 3}}}}}}
                    """);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new RenderedPrompt(
                new PromptRef("probes", 1, "abcdefabcdef"), system, user, Optional.of(schema), 0.2, 500);
    }

    public static ModelCall call(RenderedPrompt prompt) {
        return new ModelCall(prompt, Budget.LIVE, "interviewer-1", List.of());
    }
}
