package dev.interviewcopilot.server.questionset;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A request for a new question set, checked for shape by the HTTP layer.
 *
 * @param jobDescription the pasted job description
 * @param role the role family id, when the hiring manager states it (wins over the text)
 * @param seniority the seniority level id, when stated
 * @param durationMinutes the time budget; the profile's stage minutes when absent
 * @param stages the profile's stage ids to plan; all when empty
 * @param focus competency ids to weigh double
 * @param hiringManager who owns the set
 */
public record NewSet(
        String jobDescription,
        Optional<String> role,
        Optional<String> seniority,
        OptionalInt durationMinutes,
        List<String> stages,
        List<String> focus,
        Optional<String> hiringManager) {
    public NewSet {
        stages = List.copyOf(stages);
        focus = List.copyOf(focus);
    }
}
