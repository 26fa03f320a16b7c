package dev.interviewcopilot.eval;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.interviewcopilot.server.http.Json;

/** OpenAI's chat completion as WireMock answers it, for the eval tests' model (the server tests have their own). */
public final class ModelStubs {
    private ModelStubs() {}

    /** A chat completion whose assistant message is {@code content}. */
    public static ResponseDefinitionBuilder openAiAnswer(String content) {
        ObjectNode body = Json.mapper()
                .createObjectNode()
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
}
