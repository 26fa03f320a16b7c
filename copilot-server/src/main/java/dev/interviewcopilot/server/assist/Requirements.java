package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.compliance.LintFinding;
import java.util.List;
import java.util.Optional;

/**
 * What a job description asks for, for the hiring manager to confirm or correct.
 *
 * @param language the job description's language (ISO 639-1), as far as it can be told
 * @param role the role family
 * @param seniority the seniority level
 * @param skills the skills, must-haves first, each once
 * @param competencies the competencies the role needs
 * @param warnings phrases that ask for protected traits ("young", "native speaker")
 * @param provenance the engine that read it and why
 */
public record Requirements(
        String language,
        Optional<Finding> role,
        Optional<Finding> seniority,
        List<SkillRequirement> skills,
        List<Finding> competencies,
        List<LintFinding> warnings,
        Provenance provenance) {
    public Requirements {
        skills = List.copyOf(skills);
        competencies = List.copyOf(competencies);
        warnings = List.copyOf(warnings);
    }
}
