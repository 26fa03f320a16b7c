package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.List;

/**
 * Selects questions for a plan. A {@link Selection} runs in three steps:
 *
 * <ol>
 *   <li>{@link Selection#place}: drafts for must-haves the bank has no question on, placed first so the bank's
 *       questions fill the time around them;
 *   <li>{@link Selection#coverMustHaves}: each design stage opens with its best design question, then greedy set
 *       cover of the must-haves by new must-haves per minute, from the role's questions and, for a must-have the
 *       role's questions miss, other families' questions;
 *   <li>{@link Selection#fill}: the rest of each stage's time, by marginal relevance (uncovered nice-to-haves, the
 *       competency furthest below its profile weight, a question type the stage lacks) less redundancy with what
 *       is already chosen (maximal marginal relevance).
 * </ol>
 *
 * Every step respects each stage's time budget, its question types and competencies, the seniority, and never
 * admits a near-duplicate of a chosen question. Deterministic for the same bank and input.
 */
final class PlanBuilder {
    private final QuestionBank bank;
    private final ItemSimilarity similarity;
    private final PlanAnalysis analysis;

    PlanBuilder(QuestionBank bank, ItemSimilarity similarity, PlanAnalysis analysis) {
        this.bank = bank;
        this.similarity = similarity;
        this.analysis = analysis;
    }

    Selection start(PlanScope scope, List<Requirement> requirements) {
        return new Selection(bank, similarity, analysis, scope, requirements);
    }

    /** Active items, in bank order: the only ones a new plan may choose. */
    static List<QuestionItem> active(QuestionBank bank) {
        return bank.items().stream().filter(QuestionItem::active).toList();
    }
}
