package dev.interviewcopilot.server.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A prompt with its variables filled in, ready to send.
 *
 * @param ref the prompt version it came from
 * @param system the system message (the stable prefix)
 * @param user the user message (the per-call part)
 * @param outputSchema the JSON Schema the answer must satisfy, if the answer is JSON
 * @param temperature sampling temperature
 * @param maxOutputTokens longest answer allowed
 */
public record RenderedPrompt(
        PromptRef ref,
        String system,
        String user,
        Optional<JsonNode> outputSchema,
        double temperature,
        int maxOutputTokens) {}
