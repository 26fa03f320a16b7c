package dev.interviewcopilot.server.notes;

import dev.interviewcopilot.server.live.Segment;
import dev.interviewcopilot.server.live.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides whether an answer's transcript can carry notes: every segment under the question has a speaker label,
 * and the candidate said enough about it. Evidence drafted from a few words, or from words nobody can attribute,
 * would be evidence of nothing.
 */
final class TranscriptGate {
    /** Fewer candidate words than this about a question is too little to judge from. */
    static final int MIN_CANDIDATE_WORDS = 30;

    private TranscriptGate() {}

    /**
     * An answer and what it lacks.
     *
     * @param questionId the question
     * @param candidateSegments what the candidate said about it, in order
     * @param missing what stops notes being drafted; empty when ready
     */
    record Answer(UUID questionId, List<Segment> candidateSegments, List<String> missing) {
        boolean ready() {
            return missing.isEmpty();
        }
    }

    /** The answers in the transcript, per question in the order first discussed, or only the named one. */
    static List<Answer> answers(List<Segment> transcript, Optional<UUID> only) {
        Map<UUID, List<Segment>> byQuestion = new LinkedHashMap<>();
        only.ifPresent(q -> byQuestion.put(q, new ArrayList<>()));
        for (Segment s : transcript) {
            s.questionId()
                    .filter(q -> only.isEmpty() || only.get().equals(q))
                    .ifPresent(q -> byQuestion
                            .computeIfAbsent(q, k -> new ArrayList<>())
                            .add(s));
        }
        List<Answer> answers = new ArrayList<>();
        byQuestion.forEach((question, segments) -> answers.add(answer(question, segments)));
        return answers;
    }

    private static Answer answer(UUID questionId, List<Segment> segments) {
        List<Segment> candidate =
                segments.stream().filter(s -> s.speaker() == Speaker.CANDIDATE).toList();
        List<String> missing = new ArrayList<>();
        List<String> unlabelled = segments.stream()
                .filter(s -> s.speaker() == Speaker.UNKNOWN)
                .map(Segment::id)
                .toList();
        if (!unlabelled.isEmpty()) {
            missing.add(unlabelled.size() + " segment(s) have no speaker label (" + String.join(", ", unlabelled)
                    + "): label each interviewer or candidate first");
        }
        int words = candidate.stream().mapToInt(s -> words(s.text())).sum();
        if (words < MIN_CANDIDATE_WORDS) {
            missing.add("the candidate said " + words + " word(s) about this question; notes need at least "
                    + MIN_CANDIDATE_WORDS);
        }
        return new Answer(questionId, candidate, missing);
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
