package dev.interviewcopilot.server.questionset;

import java.util.List;

/**
 * One stage of the interview loop with its questions in asking order.
 *
 * @param id the role profile's stage id
 * @param name its name
 * @param budgetMinutes the stage's share of the time budget, less the minutes reserved for introductions
 * @param questions the questions, in order
 */
public record PlanStage(String id, String name, int budgetMinutes, List<PlannedQuestion> questions) {
    public PlanStage {
        questions = List.copyOf(questions);
    }
}
