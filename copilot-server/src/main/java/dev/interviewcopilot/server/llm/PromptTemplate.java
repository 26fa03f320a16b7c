package dev.interviewcopilot.server.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a prompt, as loaded from {@code prompts/<id>/v<N>.prompt.md}.
 *
 * @param ref id, version and content hash
 * @param description what the prompt is for
 * @param temperature the model hint for sampling temperature
 * @param maxOutputTokens the model hint for the longest answer
 * @param inputs declared variables and whether each carries untrusted (candidate-supplied) text
 * @param outputSchema the JSON Schema the answer must satisfy, when the output is JSON
 * @param system the stable prefix: instructions and reference material
 * @param user the per-call part
 */
public record PromptTemplate(
        PromptRef ref,
        String description,
        double temperature,
        int maxOutputTokens,
        Map<String, Input> inputs,
        Optional<JsonNode> outputSchema,
        String system,
        String user) {

    /**
     * A declared variable.
     *
     * @param description what it holds
     * @param untrusted whether it holds text from a candidate or a pasted document, which the prompt delimits
     *     and labels as data
     */
    public record Input(String description, boolean untrusted) {}
}
