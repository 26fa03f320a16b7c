package dev.interviewcopilot.server.questionset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What both exports share: questions numbered Q1, Q2... in plan order, and the plan's title. */
final class ExportNumbers {
    private static final int MAX_TITLE = 120;

    private ExportNumbers() {}

    static Map<UUID, Integer> of(QuestionSetView.PlanView plan) {
        Map<UUID, Integer> numbers = new LinkedHashMap<>();
        plan.stages().forEach(s -> s.questions().forEach(q -> numbers.put(q.questionId(), numbers.size() + 1)));
        return numbers;
    }

    static String labels(List<UUID> ids, Map<UUID, Integer> numbers) {
        return ids.stream().map(id -> "Q" + numbers.get(id)).collect(Collectors.joining(", "));
    }

    /** The job description's first line, which is its title in nearly every posting. */
    static String title(QuestionSetView set) {
        String first =
                set.jobDescription().strip().lines().findFirst().orElse("").strip();
        return first.length() <= MAX_TITLE ? first : first.substring(0, MAX_TITLE) + "…";
    }
}
