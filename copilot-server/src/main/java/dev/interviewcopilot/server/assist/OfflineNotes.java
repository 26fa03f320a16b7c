package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The offline engine's notes: one per key point the answer covers in full or in part and one per red flag it
 * touches, each quoting the sentence that shows it best (a verbatim span by construction). The summary says which
 * criterion the sentence matches; it does not paraphrase the candidate. Open questions are the curated probes of
 * the key points not yet covered. Deterministic for the same input.
 */
final class OfflineNotes {
    private static final int SUMMARY_LENGTH = 400;
    private static final int OPEN_QUESTIONS = 3;

    private final ProtectedTopicLinter linter;

    OfflineNotes(ProtectedTopicLinter linter) {
        this.linter = linter;
    }

    NoteDrafts draft(QuestionItem item, AnswerAnalysis analysis, Provenance provenance) {
        List<NoteDraft> notes = new ArrayList<>();
        int[] withheld = {0};
        for (AnswerAnalysis.PointCoverage point : analysis.keyPoints()) {
            if (point.coverage() == AnswerAnalysis.Coverage.MISSING) {
                continue;
            }
            boolean full = point.coverage() == AnswerAnalysis.Coverage.COVERED;
            note(
                            new NoteCriterion(
                                    NoteCriterion.Kind.KEY_POINT, point.point().id()),
                            full ? Observation.SHOWN : Observation.PARTLY_SHOWN,
                            (full ? "Matches the key point: " : "Matches part of the key point: ")
                                    + point.point().point(),
                            point.evidence(),
                            withheld)
                    .ifPresent(notes::add);
        }
        for (AnswerAnalysis.FlagSignal flag : analysis.redFlags()) {
            if (flag.touched()) {
                note(
                                new NoteCriterion(
                                        NoteCriterion.Kind.RED_FLAG, flag.flag().id()),
                                Observation.RED_FLAG_OBSERVED,
                                "Resembles the red flag: " + flag.flag().flag(),
                                flag.evidence(),
                                withheld)
                        .ifPresent(notes::add);
            }
        }
        List<String> open = analysis.keyPoints().stream()
                .filter(p -> p.coverage() == AnswerAnalysis.Coverage.MISSING)
                .map(p -> p.point().probe())
                .limit(OPEN_QUESTIONS)
                .toList();
        return new NoteDrafts(notes, open, withheld[0], provenance);
    }

    private Optional<NoteDraft> note(
            NoteCriterion criterion,
            Observation observation,
            String summary,
            Optional<Sentence> sentence,
            int[] withheld) {
        if (sentence.isEmpty()) {
            return Optional.empty();
        }
        Sentence s = sentence.get();
        if (!linter.lint(s.text()).isEmpty()) {
            withheld[0]++;
            return Optional.empty();
        }
        Evidence evidence = new Evidence(s.segmentId(), s.start(), s.end(), s.text());
        return Optional.of(new NoteDraft(
                criterion,
                observation,
                OfflineProbes.shorten(summary, SUMMARY_LENGTH),
                List.of(evidence),
                Optional.empty()));
    }
}
