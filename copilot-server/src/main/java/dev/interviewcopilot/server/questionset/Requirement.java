package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.assist.Importance;
import dev.interviewcopilot.server.assist.TextSpan;
import java.util.Locale;
import java.util.Optional;

/**
 * One thing the plan must cover, as the hiring manager confirmed it.
 *
 * @param id {@code skill:<skill id>}, {@code text:<name>} or {@code competency:<competency id>}: stable across
 *     versions, and what the coverage matrix and gaps refer to
 * @param kind how a question covers it
 * @param key the skill id, the lower-case name, or the competency id
 * @param name how people read it
 * @param importance must-have or nice-to-have; competencies the role needs count as nice-to-have targets that the
 *     profile's weights already balance
 * @param span the words of the job description it came from, when it came from there
 */
public record Requirement(
        String id, RequirementKind kind, String key, String name, Importance importance, Optional<TextSpan> span) {

    static Requirement skill(String skillId, String name, Importance importance, Optional<TextSpan> span) {
        return new Requirement("skill:" + skillId, RequirementKind.SKILL, skillId, name, importance, span);
    }

    static Requirement text(String name, Importance importance, Optional<TextSpan> span) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return new Requirement("text:" + key, RequirementKind.TEXT, key, name.strip(), importance, span);
    }

    static Requirement competency(String competencyId, String name, Optional<TextSpan> span) {
        return new Requirement(
                "competency:" + competencyId, RequirementKind.COMPETENCY, competencyId, name, Importance.NICE, span);
    }

    boolean must() {
        return importance == Importance.MUST;
    }
}
