package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.bank.ItemTexts;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RoleProfile;
import dev.interviewcopilot.server.compliance.LintFinding;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Re-runs everything a plan reports about its questions: what each covers, the coverage matrix, the gaps and why
 * the bank left them, the competency balance, the protected-topic lint and the budget. Run after selection and after
 * every edit, so a plan's report never disagrees with its questions.
 */
final class PlanAnalysis {
    private final QuestionBank bank;
    private final ProtectedTopicLinter linter;

    PlanAnalysis(QuestionBank bank, ProtectedTopicLinter linter) {
        this.bank = bank;
        this.linter = linter;
    }

    Plan analyse(PlanScope scope, List<PlanStage> stages, List<Requirement> requirements, List<String> notices) {
        return analyse(scope, stages, requirements, notices, Map.of());
    }

    /**
     * As {@link #analyse(PlanScope, List, List, List)}, with items that are about to join the bank (an approval
     * being stored) read from {@code pending}.
     */
    Plan analyse(
            PlanScope scope,
            List<PlanStage> stages,
            List<Requirement> requirements,
            List<String> notices,
            Map<UUID, QuestionItem> pending) {
        List<PlanStage> covered = new ArrayList<>();
        for (PlanStage stage : stages) {
            covered.add(new PlanStage(
                    stage.id(),
                    stage.name(),
                    stage.budgetMinutes(),
                    stage.questions().stream()
                            .map(q -> q.withCoverage(CoverageRules.covered(item(q, pending), requirements)))
                            .toList()));
        }
        List<PlannedQuestion> questions =
                covered.stream().flatMap(s -> s.questions().stream()).toList();
        List<CoverageRow> coverage = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (Requirement requirement : requirements) {
            List<PlannedQuestion> covering = questions.stream()
                    .filter(q -> q.covers().contains(requirement.id()))
                    .toList();
            coverage.add(new CoverageRow(
                    requirement,
                    covering.stream().map(PlannedQuestion::questionId).toList()));
            if (covering.stream().noneMatch(q -> q.source() == QuestionSource.BANK)) {
                Optional<UUID> draft = covering.stream()
                        .filter(q -> q.source() == QuestionSource.DRAFTED)
                        .map(PlannedQuestion::questionId)
                        .findFirst();
                gaps.add(new Gap(requirement.id(), reason(requirement, scope), draft));
            }
        }
        gaps.sort(Comparator.comparing(g -> importanceOf(g, requirements)));
        List<String> allNotices = new ArrayList<>(notices);
        for (PlanStage stage : covered) {
            int minutes = stage.questions().stream()
                    .mapToInt(PlannedQuestion::minutes)
                    .sum();
            if (minutes > stage.budgetMinutes()) {
                allNotices.add("Stage '" + stage.name() + "' plans " + minutes + " minutes against a budget of "
                        + stage.budgetMinutes() + ".");
            }
        }
        return new Plan(
                scope.profile().id(),
                scope.durationMinutes(),
                covered,
                coverage,
                gaps,
                balance(scope, questions, pending),
                lint(questions, pending),
                allNotices);
    }

    private QuestionItem item(PlannedQuestion question, Map<UUID, QuestionItem> pending) {
        QuestionItem joining = pending.get(question.questionId());
        return joining != null ? joining : question.item(bank);
    }

    private String reason(Requirement requirement, PlanScope scope) {
        if (CoverageRules.inBank(bank, requirement)) {
            return "Bank questions cover it, but none fits this plan's stages, seniority and time budget.";
        }
        return switch (requirement.kind()) {
            case SKILL -> "No active bank question is tagged '" + requirement.name() + "'.";
            case TEXT ->
                "The skill taxonomy does not know '" + requirement.name() + "' and no active bank question names it.";
            case COMPETENCY -> "No active bank question for " + scope.role() + " evaluates it.";
        };
    }

    private static int importanceOf(Gap gap, List<Requirement> requirements) {
        return requirements.stream()
                .filter(r -> r.id().equals(gap.requirement()))
                .findFirst()
                .map(r -> r.importance().ordinal())
                .orElse(Integer.MAX_VALUE);
    }

    private List<CompetencyBalance> balance(
            PlanScope scope, List<PlannedQuestion> questions, Map<UUID, QuestionItem> pending) {
        int total = questions.stream().mapToInt(PlannedQuestion::minutes).sum();
        List<CompetencyBalance> balance = new ArrayList<>();
        for (RoleProfile.CompetencyWeight weight : scope.profile().competencies()) {
            int minutes = questions.stream()
                    .filter(q -> item(q, pending).competency().equals(weight.id()))
                    .mapToInt(PlannedQuestion::minutes)
                    .sum();
            balance.add(new CompetencyBalance(
                    weight.id(),
                    round(scope.weight(weight.id())),
                    minutes,
                    total == 0 ? 0 : round((double) minutes / total)));
        }
        return balance;
    }

    private List<QuestionLint> lint(List<PlannedQuestion> questions, Map<UUID, QuestionItem> pending) {
        List<QuestionLint> findings = new ArrayList<>();
        for (PlannedQuestion question : questions) {
            ItemTexts.of(item(question, pending)).forEach((field, text) -> {
                for (LintFinding finding : linter.lint(text)) {
                    findings.add(new QuestionLint(question.questionId(), field, finding));
                }
            });
        }
        return findings;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
