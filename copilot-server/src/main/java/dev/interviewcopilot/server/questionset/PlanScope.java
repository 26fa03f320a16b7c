package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.bank.RoleProfile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan is for: the role profile and the hiring manager's options.
 *
 * @param profile the role profile whose stages and weights the plan follows
 * @param role the role family id
 * @param seniority the seniority level id, when known: questions must suit it
 * @param stages the ids of the profile's stages the plan covers, in loop order
 * @param durationMinutes the time budget for those stages together
 * @param focus competency ids the hiring manager wants weighed double
 */
public record PlanScope(
        RoleProfile profile,
        String role,
        Optional<String> seniority,
        List<String> stages,
        int durationMinutes,
        Set<String> focus) {
    /** Minutes per stage kept for introductions and the candidate's own questions. */
    static final int RESERVED_MINUTES = 5;

    public PlanScope {
        stages = List.copyOf(stages);
        focus = Set.copyOf(focus);
    }

    /** The profile's stages the plan covers. */
    List<RoleProfile.Stage> selectedStages() {
        return profile.stages().stream().filter(s -> stages.contains(s.id())).toList();
    }

    /** A stage's minutes: its share of the budget among the selected stages, less the reserved minutes. */
    int budget(RoleProfile.Stage stage) {
        double shares =
                selectedStages().stream().mapToDouble(RoleProfile.Stage::share).sum();
        int share = (int) Math.floor(durationMinutes * stage.share() / shares);
        return Math.max(0, share - RESERVED_MINUTES);
    }

    /** A competency's weight in the profile, focus competencies doubled, renormalised to sum to 1. */
    double weight(String competency) {
        double total = 0;
        double mine = 0;
        for (RoleProfile.CompetencyWeight w : profile.competencies()) {
            double value = focus.contains(w.id()) ? 2 * w.weight() : w.weight();
            total += value;
            if (w.id().equals(competency)) {
                mine = value;
            }
        }
        return total == 0 ? 0 : mine / total;
    }
}
