package dev.interviewcopilot.server.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the LangChain4j models for the configured provider: no built-in retries (the guard owns retry, breaker
 * and time limit), an explicit timeout, request and response logging off (prompts carry candidate text), and
 * the {@link ProviderHttpClient} underneath.
 */
final class ChatModels {
    private ChatModels() {}

    /** A blocking and a streaming model for the same endpoint. */
    record Pair(ChatModel chat, StreamingChatModel streaming) {}

    static Pair create(ModelSettings settings, AtomicLong requestCounter) {
        return switch (settings.provider()) {
            case OPENAI, AZURE -> openAi(settings, requestCounter);
            case OLLAMA -> ollama(settings, requestCounter);
            case OFFLINE -> throw new IllegalStateException("no model is configured");
        };
    }

    private static Pair openAi(ModelSettings s, AtomicLong requests) {
        Map<String, String> headers = new HashMap<>();
        Map<String, String> query = new HashMap<>();
        String key = s.apiKey().orElse("none");
        if (s.provider() == Provider.AZURE) {
            headers.put("api-key", key);
            s.apiVersion().ifPresent(v -> query.put("api-version", v));
        }
        OpenAiChatModel chat = OpenAiChatModel.builder()
                .httpClientBuilder(ProviderHttpClient.builder(requests))
                .baseUrl(s.baseUrl())
                .apiKey(key)
                .organizationId(s.organization().orElse(null))
                .modelName(s.model())
                .temperature(s.temperature())
                .timeout(s.requestTimeout())
                .maxRetries(0)
                .customHeaders(headers)
                .customQueryParams(query)
                .logRequests(false)
                .logResponses(false)
                .build();
        OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(ProviderHttpClient.builder(requests))
                .baseUrl(s.baseUrl())
                .apiKey(key)
                .organizationId(s.organization().orElse(null))
                .modelName(s.model())
                .temperature(s.temperature())
                .timeout(s.requestTimeout())
                .customHeaders(headers)
                .customQueryParams(query)
                .logRequests(false)
                .logResponses(false)
                .build();
        return new Pair(chat, streaming);
    }

    private static Pair ollama(ModelSettings s, AtomicLong requests) {
        OllamaChatModel chat = OllamaChatModel.builder()
                .httpClientBuilder(ProviderHttpClient.builder(requests))
                .baseUrl(s.baseUrl())
                .modelName(s.model())
                .temperature(s.temperature())
                .timeout(s.requestTimeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
        OllamaStreamingChatModel streaming = OllamaStreamingChatModel.builder()
                .httpClientBuilder(ProviderHttpClient.builder(requests))
                .baseUrl(s.baseUrl())
                .modelName(s.model())
                .temperature(s.temperature())
                .timeout(s.requestTimeout())
                .logRequests(false)
                .logResponses(false)
                .build();
        return new Pair(chat, streaming);
    }
}
