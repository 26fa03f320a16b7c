package dev.interviewcopilot.server.questionset;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an interview takes from a question set: the bank questions for its stage, in plan order (drafts awaiting
 * review are never asked), and who owns the plan.
 *
 * @param questions the question ids
 * @param hiringManager the set's owner
 * @param role the set's role family
 * @param seniority the set's seniority
 */
public record InterviewPlan(
        List<UUID> questions, Optional<String> hiringManager, String role, Optional<String> seniority) {
    public InterviewPlan {
        questions = List.copyOf(questions);
    }
}
