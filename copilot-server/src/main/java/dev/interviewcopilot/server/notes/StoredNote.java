package dev.interviewcopilot.server.notes;

import dev.interviewcopilot.server.assist.Evidence;
import dev.interviewcopilot.server.assist.NoteCriterion;
import dev.interviewcopilot.server.assist.Observation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A note in an interview: the copilot's draft and the interviewer's decision on it.
 *
 * @param id the note's id
 * @param questionId the question answered
 * @param criterion the key point or red flag it is about
 * @param observation what it observes
 * @param draftText what the copilot proposed
 * @param text what the interviewer kept: the draft, or their edit; empty until confirmed
 * @param evidence verbatim transcript spans
 * @param suggestedBand the AI-suggested rubric band, only when the deployment allows it
 * @param status draft, confirmed or rejected
 * @param engine the engine that drafted it
 * @param createdAt when it was drafted
 * @param decidedAt when the interviewer decided
 * @param decidedBy who decided
 */
public record StoredNote(
        UUID id,
        UUID questionId,
        NoteCriterion criterion,
        Observation observation,
        String draftText,
        Optional<String> text,
        List<Evidence> evidence,
        Optional<String> suggestedBand,
        NoteStatus status,
        String engine,
        Instant createdAt,
        Optional<Instant> decidedAt,
        Optional<String> decidedBy) {
    public StoredNote {
        evidence = List.copyOf(evidence);
    }

    /** Whether the interviewer changed the draft's wording. */
    public boolean edited() {
        return text.isPresent() && !text.get().equals(draftText);
    }

    StoredNote decided(NoteStatus decision, Optional<String> keptText, Instant at, String by) {
        return new StoredNote(
                id,
                questionId,
                criterion,
                observation,
                draftText,
                keptText,
                evidence,
                suggestedBand,
                decision,
                engine,
                createdAt,
                Optional.of(at),
                Optional.of(by));
    }
}
