package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.List;

/**
 * What the notes are for.
 *
 * @param item the question answered
 * @param transcript the candidate's segments for this answer, which evidence must quote
 * @param caller who asks, and the candidate's identifiers to mask
 */
public record NoteRequest(QuestionItem item, List<AnswerSegment> transcript, Caller caller) {
    public NoteRequest {
        transcript = List.copyOf(transcript);
    }
}
