package dev.interviewcopilot.server.notes;

import dev.interviewcopilot.server.assist.Evidence;
import dev.interviewcopilot.server.assist.NoteCriterion;
import dev.interviewcopilot.server.assist.Observation;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RubricBand;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The JSON shape of notes. */
final class NoteViews {
    /** How an AI-suggested rating is labelled wherever it appears. */
    static final String AI_SUGGESTION = "AI suggestion: the interviewer rates";

    private NoteViews() {}

    /**
     * A note as the API shows it.
     *
     * @param criterionText the bank's wording of the key point or red flag: the descriptor the evidence is matched
     *     against
     */
    record NoteView(
            UUID id,
            UUID questionId,
            NoteCriterion criterion,
            Optional<String> criterionText,
            Observation observation,
            String draftText,
            Optional<String> text,
            boolean edited,
            List<TextDiff.Change> diff,
            List<Evidence> evidence,
            Optional<AiSuggestion> aiSuggestion,
            NoteStatus status,
            String engine,
            String createdAt,
            Optional<String> decidedAt,
            Optional<String> decidedBy) {}

    /**
     * A rubric band the model suggested, shown only when the deployment allows it, always with its label.
     *
     * @param band the scores, e.g. {@code 7-8}
     * @param descriptor the band's level descriptor
     * @param label says it is an AI suggestion
     */
    record AiSuggestion(String band, Optional<String> descriptor, String label) {}

    static NoteView of(StoredNote n, QuestionBank bank) {
        Optional<QuestionItem> item = bank.item(n.questionId());
        return new NoteView(
                n.id(),
                n.questionId(),
                n.criterion(),
                item.flatMap(i -> criterionText(i, n.criterion())),
                n.observation(),
                n.draftText(),
                n.text(),
                n.edited(),
                n.edited() ? TextDiff.between(n.draftText(), n.text().get()) : List.of(),
                n.evidence(),
                n.suggestedBand()
                        .map(b -> new AiSuggestion(
                                b,
                                item.flatMap(i -> i.rubric().stream()
                                        .filter(r -> r.scores().equals(b))
                                        .map(RubricBand::descriptor)
                                        .findFirst()),
                                AI_SUGGESTION)),
                n.status(),
                n.engine(),
                n.createdAt().toString(),
                n.decidedAt().map(Object::toString),
                n.decidedBy());
    }

    private static Optional<String> criterionText(QuestionItem item, NoteCriterion criterion) {
        return switch (criterion.kind()) {
            case KEY_POINT ->
                item.keyPoints().stream()
                        .filter(k -> k.id().equals(criterion.id()))
                        .map(k -> k.point())
                        .findFirst();
            case RED_FLAG ->
                item.redFlags().stream()
                        .filter(r -> r.id().equals(criterion.id()))
                        .map(r -> r.flag())
                        .findFirst();
        };
    }
}
