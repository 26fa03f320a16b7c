package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.List;

/**
 * What the probes are for.
 *
 * @param item the question being discussed
 * @param answer the candidate's answer so far
 * @param alreadyAsked probes and follow-ups already asked in this interview: never suggested again
 * @param caller who asks, and the candidate's identifiers to mask
 */
public record ProbeRequest(QuestionItem item, List<AnswerSegment> answer, List<String> alreadyAsked, Caller caller) {
    public ProbeRequest {
        answer = List.copyOf(answer);
        alreadyAsked = List.copyOf(alreadyAsked);
    }
}
