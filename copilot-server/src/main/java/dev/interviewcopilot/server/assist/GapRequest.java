package dev.interviewcopilot.server.assist;

import java.util.List;
import java.util.Optional;

/**
 * A requirement the bank could not cover, to draft a question for.
 *
 * @param requirement the requirement as the hiring manager confirmed it ("Kafka", "money movement")
 * @param skill its taxonomy skill id, when it has one: the draft is tagged with it
 * @param role the plan's role family id
 * @param seniority the seniority level ids the draft should suit
 * @param competencies the competency ids the plan's stages evaluate: the draft must evaluate one of them
 */
public record GapRequest(
        String requirement, Optional<String> skill, String role, List<String> seniority, List<String> competencies) {
    public GapRequest {
        seniority = List.copyOf(seniority);
        competencies = List.copyOf(competencies);
    }
}
