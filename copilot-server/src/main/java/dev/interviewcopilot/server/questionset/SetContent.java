package dev.interviewcopilot.server.questionset;

import java.util.List;

/**
 * The content of one version of a question set, stored whole as JSON: versions never change once written.
 *
 * @param extraction what reading the job description found
 * @param requirements the requirements as confirmed (or as extracted until someone changes them)
 * @param options the planning choices
 * @param plan the plan
 */
public record SetContent(Extraction extraction, List<Requirement> requirements, PlanOptions options, Plan plan) {
    public SetContent {
        requirements = List.copyOf(requirements);
    }
}
