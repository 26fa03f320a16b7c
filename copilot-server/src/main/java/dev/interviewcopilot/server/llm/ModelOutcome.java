package dev.interviewcopilot.server.llm;

import java.time.Duration;

/** What a model call produced: an answer, or the reason there is none. Callers branch on it; nothing is thrown. */
public sealed interface ModelOutcome {

    /**
     * The model answered.
     *
     * @param text the answer, with masked identifiers restored
     * @param prompt the prompt version used
     * @param model {@code provider/model}
     * @param latency time from the call to the answer
     * @param inputTokens tokens sent, as the provider counted them (0 if unknown)
     * @param outputTokens tokens received (0 if unknown)
     * @param replayed whether the answer came from the record/replay cache
     */
    record Answered(
            String text,
            PromptRef prompt,
            String model,
            Duration latency,
            int inputTokens,
            int outputTokens,
            boolean replayed)
            implements ModelOutcome {}

    /**
     * The model did not answer usefully; the caller falls back to the offline engine.
     *
     * @param reason why
     * @param detail a short explanation for logs and the response, never containing prompt or candidate text
     */
    record Unavailable(FallbackReason reason, String detail) implements ModelOutcome {}
}
