package dev.interviewcopilot.server.llm;

import java.util.List;

/**
 * Sees every model request as it leaves the gateway: after masking, before the recordings or the provider. It is
 * what reaches a model (or would, when a recording answers), so evals can check that no candidate identifier and
 * no instruction smuggled in by an answer gets there unmasked. Implementations must not log the text.
 */
@FunctionalInterface
public interface RequestTap {
    /** A tap that ignores everything: the server's default. */
    RequestTap NONE = (prompt, messages) -> {};

    /**
     * One request.
     *
     * @param prompt the prompt version
     * @param messages the masked messages in order: system, user, and any repair round
     */
    void sending(PromptRef prompt, List<String> messages);
}
