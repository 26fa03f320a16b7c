package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.http.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan's stages being edited: each edit is checked against the plan and the bank and applied in place; the
 * caller re-runs the analysis on the result. A bad edit is a 400 naming the operation's field, and nothing is
 * stored.
 */
final class PlanEdits {
    private final QuestionBank bank;
    private final List<PlanStage> template;
    private final List<List<PlannedQuestion>> questions = new ArrayList<>();

    PlanEdits(QuestionBank bank, Plan plan) {
        this.bank = bank;
        this.template = plan.stages();
        plan.stages().forEach(s -> questions.add(new ArrayList<>(s.questions())));
    }

    List<PlanStage> stages() {
        List<PlanStage> stages = new ArrayList<>();
        for (int i = 0; i < template.size(); i++) {
            PlanStage stage = template.get(i);
            stages.add(new PlanStage(stage.id(), stage.name(), stage.budgetMinutes(), questions.get(i)));
        }
        return stages;
    }

    /** Applies one edit; returns what it changed, in words. */
    String apply(Edit edit, String field, PlanScope scope) {
        return switch (edit) {
            case Edit.Remove remove -> {
                Position at = find(remove.questionId(), field + ".questionId");
                questions.get(at.stage).remove(at.index);
                yield "removed " + remove.questionId();
            }
            case Edit.Add add -> {
                QuestionItem item = bankItem(add.questionId(), field + ".questionId");
                int stage = stage(add.stage(), field + ".stage");
                List<PlannedQuestion> list = questions.get(stage);
                int position = add.position().orElse(list.size());
                checkPosition(position, list.size(), field);
                list.add(position, chosenByHand(item, "Added by the hiring manager."));
                yield "added " + item.id() + " to " + template.get(stage).id();
            }
            case Edit.Swap swap -> {
                Position at = find(swap.questionId(), field + ".questionId");
                QuestionItem item = bankItem(swap.with(), field + ".with");
                questions
                        .get(at.stage)
                        .set(
                                at.index,
                                chosenByHand(item, "Swapped in by the hiring manager for " + swap.questionId() + "."));
                yield "swapped " + swap.questionId() + " for " + item.id();
            }
            case Edit.Move move -> {
                Position at = find(move.questionId(), field + ".questionId");
                int target = move.stage().map(s -> stage(s, field + ".stage")).orElse(at.stage);
                PlannedQuestion question = questions.get(at.stage).remove(at.index);
                List<PlannedQuestion> list = questions.get(target);
                if (move.position() < 0 || move.position() > list.size()) {
                    questions.get(at.stage).add(at.index, question);
                    throw new BadRequestException(
                            field + ".position", "must be between 0 and " + list.size() + " in that stage");
                }
                list.add(move.position(), question);
                yield "moved " + move.questionId() + " to "
                        + template.get(target).id() + " position " + move.position();
            }
            case Edit.Requirements ignored ->
                throw new IllegalStateException("requirements are applied by re-planning");
        };
    }

    /** Replaces a draft with the reviewed item it became: same id, now a bank question. */
    void approved(QuestionItem reviewed, String reviewer) {
        Position at = find(reviewed.id(), "questionId");
        PlannedQuestion old = questions.get(at.stage).get(at.index);
        List<String> reasons = new ArrayList<>(
                old.reasons().subList(0, Math.min(1, old.reasons().size())));
        reasons.add("Reviewed and approved into the bank by " + reviewer + ".");
        questions
                .get(at.stage)
                .set(
                        at.index,
                        new PlannedQuestion(
                                reviewed.id(),
                                QuestionSource.BANK,
                                reviewed.minutes(),
                                old.covers(),
                                reasons,
                                Optional.empty()));
    }

    private record Position(int stage, int index) {}

    private Position find(UUID id, String field) {
        for (int s = 0; s < questions.size(); s++) {
            List<PlannedQuestion> list = questions.get(s);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).questionId().equals(id)) {
                    return new Position(s, i);
                }
            }
        }
        throw new BadRequestException(field, "is not a question of this plan");
    }

    private QuestionItem bankItem(UUID id, String field) {
        QuestionItem item = bank.item(id)
                .filter(QuestionItem::active)
                .orElseThrow(() -> new BadRequestException(field, "is not an active bank question"));
        boolean planned = questions.stream()
                .flatMap(List::stream)
                .anyMatch(q -> q.questionId().equals(id));
        if (planned) {
            throw new BadRequestException(field, "is already in the plan");
        }
        return item;
    }

    private int stage(String id, String field) {
        for (int s = 0; s < template.size(); s++) {
            if (template.get(s).id().equals(id)) {
                return s;
            }
        }
        throw new BadRequestException(
                field,
                "must be one of the plan's stages "
                        + template.stream().map(PlanStage::id).toList());
    }

    private static void checkPosition(int position, int size, String field) {
        if (position < 0 || position > size) {
            throw new BadRequestException(field + ".position", "must be between 0 and " + size + " in that stage");
        }
    }

    private static PlannedQuestion chosenByHand(QuestionItem item, String reason) {
        return new PlannedQuestion(
                item.id(), QuestionSource.BANK, item.minutes(), List.of(), List.of(reason), Optional.empty());
    }
}
