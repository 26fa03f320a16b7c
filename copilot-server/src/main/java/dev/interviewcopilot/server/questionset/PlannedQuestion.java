package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.assist.Provenance;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A question in a plan, with why it is there.
 *
 * @param questionId the bank item's id, or the draft's
 * @param source bank, or drafted and waiting for review
 * @param minutes the item's estimated minutes
 * @param covers the requirement ids it covers
 * @param reasons why it was chosen, in words
 * @param draft the drafted question and where it came from, for a draft (bank items are read from the bank)
 */
public record PlannedQuestion(
        UUID questionId,
        QuestionSource source,
        int minutes,
        List<String> covers,
        List<String> reasons,
        Optional<Draft> draft) {

    public PlannedQuestion {
        covers = List.copyOf(covers);
        reasons = List.copyOf(reasons);
    }

    /**
     * A drafted question.
     *
     * @param item the draft, shaped as a bank item
     * @param requirement the requirement id it was drafted for
     * @param provenance the model and prompt that drafted it
     */
    public record Draft(QuestionItem item, String requirement, Provenance provenance) {}

    /** The question's content: the draft's, or the bank item's. */
    QuestionItem item(QuestionBank bank) {
        return draft.map(Draft::item)
                .or(() -> bank.item(questionId))
                .orElseThrow(() -> new IllegalStateException("planned question " + questionId + " is not in the bank"));
    }

    PlannedQuestion withCoverage(List<String> newCovers) {
        return new PlannedQuestion(questionId, source, minutes, newCovers, reasons, draft);
    }
}
