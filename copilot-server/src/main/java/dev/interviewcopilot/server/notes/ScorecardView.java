package dev.interviewcopilot.server.notes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A scorecard as the API and the JSON export show it.
 *
 * @param interviewId the interview
 * @param templateId the template it follows
 * @param templateName the template's name
 * @param status draft or submitted
 * @param version for optimistic concurrency: send it back with a change
 * @param values what the scorecard says now, amendments applied
 * @param signature the submission's signature
 * @param amendments signed changes after submission
 * @param confirmedNotes the notes the interviewer confirmed: the only notes that reach the scorecard
 * @param aiSuggestions AI-suggested rating bands, present only when the deployment allows them
 * @param advisory who rates: always the interviewer
 */
record ScorecardView(
        UUID interviewId,
        String templateId,
        String templateName,
        Scorecard.Status status,
        long version,
        ObjectNode values,
        Optional<Scorecard.Signature> signature,
        List<Scorecard.Amendment> amendments,
        List<NoteViews.NoteView> confirmedNotes,
        Optional<List<RatingSuggestion>> aiSuggestions,
        String advisory) {

    static final String ADVISORY =
            "Ratings and the recommendation are the interviewer's own; the copilot drafts notes and evidence only.";

    /**
     * An AI-suggested band for a rating field, from the confirmed notes on the field's question.
     *
     * @param fieldId the scale field
     * @param questionId the question it rates
     * @param bands the bands suggested on the confirmed notes
     * @param label says it is an AI suggestion
     */
    record RatingSuggestion(String fieldId, UUID questionId, List<String> bands, String label) {}
}
