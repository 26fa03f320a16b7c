package dev.interviewcopilot.server.questionset;

import java.util.List;
import java.util.Optional;

/**
 * The planning choices a set was made with, stored with every version so an edit re-runs with the same ones.
 *
 * @param role the role family id
 * @param seniority the seniority level id, when known
 * @param profile the role profile id
 * @param stages the profile's stage ids in the plan
 * @param durationMinutes the time budget
 * @param focus competency ids weighed double
 */
public record PlanOptions(
        String role,
        Optional<String> seniority,
        String profile,
        List<String> stages,
        int durationMinutes,
        List<String> focus) {
    public PlanOptions {
        stages = List.copyOf(stages);
        focus = List.copyOf(focus);
    }
}
