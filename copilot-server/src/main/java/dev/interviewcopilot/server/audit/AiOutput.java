package dev.interviewcopilot.server.audit;

import dev.interviewcopilot.server.assist.Provenance;
import dev.interviewcopilot.server.llm.FallbackReason;
import java.util.List;
import java.util.Optional;

/**
 * The trail's record of one AI output: enough to tell later which prompt, model and bank items produced what, from
 * which input, and at what cost.
 *
 * @param operation {@code follow-ups} or {@code note-drafts}
 * @param engine {@code llm} or {@code offline}
 * @param fallbackReason why the offline engine answered, when it did
 * @param prompt the prompt reference {@code id@version#hash}, when one was used or intended
 * @param model {@code provider/model}, when the model answered
 * @param retrievedIds the bank items the output was grounded in
 * @param inputHash SHA-256 of the operation's input (question, transcript segments, what was already asked)
 * @param output what the interviewer was shown
 * @param latencyMillis the model's time, when it answered
 * @param inputTokens tokens sent, as the provider counted them
 * @param outputTokens tokens received
 */
public record AiOutput(
        String operation,
        String engine,
        Optional<String> fallbackReason,
        Optional<String> prompt,
        Optional<String> model,
        List<String> retrievedIds,
        String inputHash,
        Object output,
        Optional<Long> latencyMillis,
        Optional<Integer> inputTokens,
        Optional<Integer> outputTokens) {
    public AiOutput {
        retrievedIds = List.copyOf(retrievedIds);
    }

    /** The record of an output with the provenance the assist engines reported. */
    public static AiOutput of(
            String operation, Provenance provenance, List<String> retrievedIds, String inputHash, Object output) {
        return new AiOutput(
                operation,
                provenance.engine().wireName(),
                provenance.fallbackReason().map(FallbackReason::wireName),
                provenance.prompt(),
                provenance.model(),
                retrievedIds,
                inputHash,
                output,
                provenance.latencyMillis(),
                provenance.tokens().map(Provenance.Tokens::input),
                provenance.tokens().map(Provenance.Tokens::output));
    }

    /** SHA-256 of an input, hex: what the trail records instead of the input itself. */
    public static String hashOf(String input) {
        return AuditChain.payloadHash(input);
    }
}
