package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.llm.FallbackReason;
import dev.interviewcopilot.server.llm.ModelOutcome;
import dev.interviewcopilot.server.llm.PromptRef;
import java.util.Optional;

/**
 * Where a result came from, reported with every result and recorded in the decision trail.
 *
 * @param engine which engine produced it
 * @param fallbackReason why the offline engine answered instead of the model, when it did
 * @param prompt the prompt version used ({@code id@version#hash}), when the model answered
 * @param model {@code provider/model}, when the model answered
 * @param latencyMillis how long the model took, when it answered
 * @param repaired whether the model's answer needed its one repair round
 * @param tokens tokens sent and received, when the model answered and the provider counted them
 */
public record Provenance(
        Engine engine,
        Optional<FallbackReason> fallbackReason,
        Optional<String> prompt,
        Optional<String> model,
        Optional<Long> latencyMillis,
        boolean repaired,
        Optional<Tokens> tokens) {

    /**
     * Token counts as the provider reported them.
     *
     * @param input tokens sent
     * @param output tokens received
     */
    public record Tokens(int input, int output) {}

    static Provenance model(ModelOutcome.Answered answer, boolean repaired) {
        return new Provenance(
                Engine.LLM,
                Optional.empty(),
                Optional.of(answer.prompt().toString()),
                Optional.of(answer.model()),
                Optional.of(answer.latency().toMillis()),
                repaired,
                answer.inputTokens() + answer.outputTokens() > 0
                        ? Optional.of(new Tokens(answer.inputTokens(), answer.outputTokens()))
                        : Optional.empty());
    }

    static Provenance offline(FallbackReason reason) {
        return new Provenance(
                Engine.OFFLINE,
                Optional.of(reason),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty());
    }

    /** The model started answering and broke off; the offline engine completed what it had begun. */
    static Provenance interrupted(FallbackReason reason, PromptRef prompt, String model) {
        return new Provenance(
                Engine.LLM,
                Optional.of(reason),
                Optional.of(prompt.toString()),
                Optional.of(model),
                Optional.empty(),
                false,
                Optional.empty());
    }

    /** The prompt the model would have used, kept for the trail even when the offline engine answered. */
    static Provenance offline(FallbackReason reason, PromptRef intended) {
        return new Provenance(
                Engine.OFFLINE,
                Optional.of(reason),
                Optional.of(intended.toString()),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty());
    }
}
