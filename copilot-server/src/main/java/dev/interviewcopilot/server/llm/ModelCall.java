package dev.interviewcopilot.server.llm;

import java.util.List;

/**
 * One request to the model.
 *
 * @param prompt the rendered prompt
 * @param budget live or batch time budget
 * @param user who the call is made for, for the per-user request and token budget
 * @param identifiers candidate identifiers to mask besides the patterns (the candidate's name and email)
 */
public record ModelCall(RenderedPrompt prompt, Budget budget, String user, List<String> identifiers) {
    public ModelCall {
        identifiers = List.copyOf(identifiers);
    }
}
