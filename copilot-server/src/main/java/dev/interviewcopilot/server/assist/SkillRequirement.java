package dev.interviewcopilot.server.assist;

import java.util.Optional;

/**
 * A skill a job description asks for.
 *
 * @param skill the taxonomy's skill id, when the name resolves; absent for a skill the taxonomy does not know
 * @param name the skill's name in the taxonomy, or as the job description writes it
 * @param importance must-have or nice-to-have
 * @param span the words it came from
 */
public record SkillRequirement(Optional<String> skill, String name, Importance importance, TextSpan span) {}
