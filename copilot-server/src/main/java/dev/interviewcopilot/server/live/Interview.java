package dev.interviewcopilot.server.live;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An interview and who owns what in it: the interviewer runs it, the hiring manager owns the plan it follows.
 * Access control builds on these two.
 *
 * @param id the interview's id
 * @param candidate who is interviewed
 * @param position the job
 * @param interviewer who runs the interview
 * @param hiringManager who owns the question set or plan, if any
 * @param stage the stage of the loop, in the team's words
 * @param date the day of the interview
 * @param role the role family, if given
 * @param seniority the seniority level, if given
 * @param questionSetId the question set the interview follows, if any
 * @param questions the planned bank questions, in order
 * @param scorecardTemplate the bank template the scorecard follows
 * @param currentQuestionId the question being discussed now
 * @param createdAt when it was created
 */
public record Interview(
        UUID id,
        Candidate candidate,
        String position,
        String interviewer,
        Optional<String> hiringManager,
        String stage,
        LocalDate date,
        Optional<String> role,
        Optional<String> seniority,
        Optional<UUID> questionSetId,
        List<UUID> questions,
        String scorecardTemplate,
        Optional<UUID> currentQuestionId,
        Instant createdAt) {
    public Interview {
        questions = List.copyOf(questions);
    }

    public Interview withCurrentQuestion(UUID questionId) {
        return new Interview(
                id,
                candidate,
                position,
                interviewer,
                hiringManager,
                stage,
                date,
                role,
                seniority,
                questionSetId,
                questions,
                scorecardTemplate,
                Optional.of(questionId),
                createdAt);
    }
}
