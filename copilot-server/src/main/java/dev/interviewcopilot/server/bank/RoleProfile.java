package dev.interviewcopilot.server.bank;

import java.util.List;

/**
 * What matters for a role family at some seniority levels: weighted competencies and the typical interview loop.
 *
 * @param id slug
 * @param role role family id
 * @param seniority seniority level ids the profile applies to
 * @param competencies competency weights, summing to 1
 * @param stages the interview loop, whose time shares sum to 1
 */
public record RoleProfile(
        String id, String role, List<String> seniority, List<CompetencyWeight> competencies, List<Stage> stages) {

    public RoleProfile {
        seniority = List.copyOf(seniority);
        competencies = List.copyOf(competencies);
        stages = List.copyOf(stages);
    }

    /**
     * The weight of a competency in the overall evaluation.
     *
     * @param id competency id
     * @param weight share of the evaluation, in (0, 1]
     */
    public record CompetencyWeight(String id, double weight) {}

    /**
     * One stage of the interview loop.
     *
     * @param id slug, unique within the profile
     * @param name human-readable name
     * @param share the stage's share of the loop's total time
     * @param minutes typical length of the stage
     * @param types question types asked in the stage
     * @param competencies competencies the stage evaluates
     */
    public record Stage(
            String id, String name, double share, int minutes, List<QuestionType> types, List<String> competencies) {

        public Stage {
            types = List.copyOf(types);
            competencies = List.copyOf(competencies);
        }
    }
}
