package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.assist.Engine;
import dev.interviewcopilot.server.assist.Provenance;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A question set as the API shows it: every planned question with all its guidance (what it evaluates, key points
 * as the model answer, red flags, rubric), the coverage matrix and gaps, and which engine read and drafted what.
 *
 * @param engine {@code llm} when a model read the job description or drafted a question, else {@code offline}
 * @param fallbackReason why the offline engine read the job description, when it did
 * @param prompt the requirements prompt used or intended
 * @param passesLint whether no planned question touches a protected topic
 */
public record QuestionSetView(
        UUID id,
        int version,
        int latestVersion,
        Optional<String> hiringManager,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        String change,
        String jobDescription,
        Engine engine,
        Optional<String> fallbackReason,
        Optional<String> prompt,
        Extraction extraction,
        List<Requirement> requirements,
        PlanOptions options,
        PlanView plan,
        boolean passesLint) {

    /** The plan with each question's content. */
    public record PlanView(
            String profile,
            int durationMinutes,
            int plannedMinutes,
            List<StageView> stages,
            List<CoverageRow> coverage,
            List<Gap> gaps,
            List<CompetencyBalance> balance,
            List<QuestionLint> lint,
            List<String> notices) {}

    public record StageView(String id, String name, int budgetMinutes, int minutes, List<QuestionView> questions) {}

    /**
     * A planned question with its content.
     *
     * @param draftedBy for a draft, the model and prompt that wrote it
     */
    public record QuestionView(
            UUID questionId,
            QuestionSource source,
            int minutes,
            List<String> covers,
            List<String> reasons,
            Optional<Provenance> draftedBy,
            QuestionItem item) {}

    static QuestionSetView of(QuestionSet set, QuestionBank bank) {
        SetContent content = set.content();
        Plan plan = content.plan();
        List<StageView> stages = plan.stages().stream()
                .map(s -> new StageView(
                        s.id(),
                        s.name(),
                        s.budgetMinutes(),
                        s.questions().stream()
                                .mapToInt(PlannedQuestion::minutes)
                                .sum(),
                        s.questions().stream()
                                .map(q -> new QuestionView(
                                        q.questionId(),
                                        q.source(),
                                        q.minutes(),
                                        q.covers(),
                                        q.reasons(),
                                        q.draft().map(PlannedQuestion.Draft::provenance),
                                        q.item(bank)))
                                .toList()))
                .toList();
        Provenance read = content.extraction().provenance();
        boolean drafted = plan.questions()
                .anyMatch(q -> q.draft()
                        .map(d -> d.provenance().engine() == Engine.LLM)
                        .orElse(false));
        return new QuestionSetView(
                set.id(),
                set.version().version(),
                set.latestVersion(),
                set.hiringManager(),
                set.createdAt(),
                set.version().at(),
                set.version().author(),
                set.version().change(),
                set.jobDescription(),
                read.engine() == Engine.LLM || drafted ? Engine.LLM : Engine.OFFLINE,
                read.fallbackReason().map(r -> r.wireName()),
                read.prompt(),
                content.extraction(),
                content.requirements(),
                content.options(),
                new PlanView(
                        plan.profile(),
                        plan.durationMinutes(),
                        plan.plannedMinutes(),
                        stages,
                        plan.coverage(),
                        plan.gaps(),
                        plan.balance(),
                        plan.lint(),
                        plan.notices()),
                plan.lint().isEmpty());
    }
}
