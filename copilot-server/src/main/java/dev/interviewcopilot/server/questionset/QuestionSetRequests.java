package dev.interviewcopilot.server.questionset;

import java.util.List;

/** The JSON bodies of the question-set routes, read strictly (unknown fields are a 400). */
final class QuestionSetRequests {
    private QuestionSetRequests() {}

    record CreateQuestionSet(
            String jobDescription,
            String role,
            String seniority,
            Integer durationMinutes,
            List<String> stages,
            List<String> focus,
            String hiringManager) {}

    record EditQuestionSet(Integer version, List<Operation> operations) {}

    record Operation(
            String op,
            String questionId,
            String stage,
            Integer position,
            String with,
            List<ConfirmedRequirement> requirements) {}

    record ConfirmedRequirement(String skill, String competency, String importance) {}

    record Approve(Integer version) {}
}
