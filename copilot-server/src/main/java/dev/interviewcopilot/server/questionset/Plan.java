package dev.interviewcopilot.server.questionset;

import java.util.List;
import java.util.stream.Stream;

/**
 * An interview plan: questions per stage, what they cover, and what they cannot.
 *
 * @param profile the role profile it follows
 * @param durationMinutes the time budget for all stages together
 * @param stages the stages with their questions
 * @param coverage the coverage matrix: every requirement with the questions covering it
 * @param gaps requirements no bank question in the plan covers, must-haves first
 * @param balance planned minutes per competency against the profile's weights
 * @param lint protected-topic findings in the planned questions (empty when the set passes)
 * @param notices what the hiring manager should know: assumptions made, budget overruns after edits
 */
public record Plan(
        String profile,
        int durationMinutes,
        List<PlanStage> stages,
        List<CoverageRow> coverage,
        List<Gap> gaps,
        List<CompetencyBalance> balance,
        List<QuestionLint> lint,
        List<String> notices) {
    public Plan {
        stages = List.copyOf(stages);
        coverage = List.copyOf(coverage);
        gaps = List.copyOf(gaps);
        balance = List.copyOf(balance);
        lint = List.copyOf(lint);
        notices = List.copyOf(notices);
    }

    /** Every planned question, stage by stage. */
    public Stream<PlannedQuestion> questions() {
        return stages.stream().flatMap(s -> s.questions().stream());
    }

    /** The planned minutes. */
    public int plannedMinutes() {
        return questions().mapToInt(PlannedQuestion::minutes).sum();
    }
}
