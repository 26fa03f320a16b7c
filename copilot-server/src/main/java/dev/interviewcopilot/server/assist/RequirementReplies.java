package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.bank.Competency;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.RoleFamily;
import dev.interviewcopilot.server.bank.SeniorityLevel;
import dev.interviewcopilot.server.bank.Skill;
import dev.interviewcopilot.server.bank.SkillMention;
import dev.interviewcopilot.server.llm.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the model's reading of a job description: role family, seniority and competency ids exist, and every
 * span is the job description's own words, located by code. Skill names are mapped to the taxonomy here (by name,
 * synonym, or a skill the span names); a skill the taxonomy does not know is kept by its name, so the hiring
 * manager sees it and the plan can report it as a gap.
 */
final class RequirementReplies {
    /** The checked reading. */
    record Reading(
            String language,
            Optional<Finding> role,
            Optional<Finding> seniority,
            List<SkillRequirement> skills,
            List<Finding> competencies) {}

    private final QuestionBank bank;
    private final String text;

    RequirementReplies(QuestionBank bank, String text) {
        this.bank = bank;
        this.text = text;
    }

    Validation<Reading> check(JsonNode reply) {
        List<String> problems = new ArrayList<>();
        Optional<Finding> role = known(
                reply.path("roleFamily"),
                "roleFamily",
                bank.roleFamilies().stream().map(RoleFamily::id).toList(),
                problems);
        Optional<Finding> seniority = known(
                reply.path("seniority"),
                "seniority",
                bank.seniorityLevels().stream().map(SeniorityLevel::id).toList(),
                problems);
        Map<String, SkillRequirement> skills = new LinkedHashMap<>();
        skills(reply.path("mustHave"), "mustHave", Importance.MUST, skills, problems);
        skills(reply.path("niceToHave"), "niceToHave", Importance.NICE, skills, problems);
        List<String> competencyIds =
                bank.competencies().stream().map(Competency::id).toList();
        List<Finding> competencies = new ArrayList<>();
        JsonNode array = reply.path("competencies");
        for (int i = 0; i < array.size(); i++) {
            String id = array.get(i).path("id").asText("");
            String label = "competencies[" + i + "]";
            if (!competencyIds.contains(id)) {
                problems.add(label + ": '" + id + "' is not one of the listed competency ids");
                continue;
            }
            span(array.get(i).path("span").asText(""), label, problems)
                    .ifPresent(span -> competencies.add(new Finding(id, Optional.of(span))));
        }
        List<SkillRequirement> ordered = new ArrayList<>(skills.values());
        ordered.sort(Comparator.comparing(SkillRequirement::importance));
        return problems.isEmpty()
                ? Validation.valid(
                        new Reading(reply.path("language").asText("en"), role, seniority, ordered, competencies))
                : Validation.invalid(problems);
    }

    private Optional<Finding> known(JsonNode node, String field, List<String> ids, List<String> problems) {
        if (node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (!ids.contains(node.asText())) {
            problems.add(field + ": '" + node.asText() + "' is not one of " + ids + " (use null when unsure)");
            return Optional.empty();
        }
        return Optional.of(new Finding(node.asText(), Optional.empty()));
    }

    private void skills(
            JsonNode array,
            String field,
            Importance importance,
            Map<String, SkillRequirement> out,
            List<String> problems) {
        for (int i = 0; i < array.size(); i++) {
            String label = field + "[" + i + "]";
            String name = array.get(i).path("skill").asText("").strip();
            Optional<TextSpan> span = span(array.get(i).path("span").asText(""), label, problems);
            if (span.isEmpty()) {
                continue;
            }
            Optional<Skill> skill = bank.skills()
                    .resolve(name)
                    .or(() -> bank.skills().mentions(span.get().text()).stream()
                            .map(SkillMention::skill)
                            .findFirst());
            String key = skill.map(Skill::id).orElse("?" + name.toLowerCase(java.util.Locale.ROOT));
            SkillRequirement requirement = new SkillRequirement(
                    skill.map(Skill::id), skill.map(Skill::name).orElse(name), importance, span.get());
            out.putIfAbsent(key, requirement);
        }
    }

    /** The span located in the job description, character for character. */
    private Optional<TextSpan> span(String words, String label, List<String> problems) {
        int at = words.isEmpty() ? -1 : text.indexOf(words);
        if (at < 0) {
            problems.add(label + ": the span is not in the job description word for word; copy the exact words");
            return Optional.empty();
        }
        return Optional.of(TextSpan.at(at, words));
    }
}
