package dev.interviewcopilot.server.assist;

import java.util.List;
import java.util.Optional;

/**
 * A draft note for the interviewer to confirm, edit or reject; it counts for nothing until confirmed.
 *
 * @param criterion the key point or red flag it is about
 * @param observation what it observes
 * @param summary one neutral sentence about what the candidate said
 * @param evidence verbatim transcript spans backing it, at least one
 * @param suggestedBand the rubric band the evidence matches, only when the deployment allows AI-suggested ratings,
 *     and then labelled as an AI suggestion wherever it is shown
 */
public record NoteDraft(
        NoteCriterion criterion,
        Observation observation,
        String summary,
        List<Evidence> evidence,
        Optional<String> suggestedBand) {
    public NoteDraft {
        evidence = List.copyOf(evidence);
    }
}
