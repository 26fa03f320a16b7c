package dev.interviewcopilot.server.bank;

import dev.interviewcopilot.server.compliance.ProtectedTopic;
import java.util.List;

/** The shapes of the bank's files, as bound after schema validation. */
final class BankFiles {
    private BankFiles() {}

    static final String COMPETENCIES = "competencies.yaml";
    static final String ROLES = "roles.yaml";
    static final String ROLE_PROFILES = "role-profiles.yaml";
    static final String SKILLS = "skills.yaml";
    static final String PROTECTED_TOPICS = "compliance/protected-topics.yaml";
    static final String QUESTIONS_DIR = "questions";
    static final String TEMPLATES_DIR = "scorecard-templates";

    record QuestionFile(String topic, String description, List<QuestionItem> items) {}

    record CompetencyFile(List<Competency> competencies) {}

    record RolesFile(List<RoleFamily> roleFamilies, List<SeniorityLevel> seniorityLevels) {}

    record ProfilesFile(List<RoleProfile> profiles) {}

    record SkillsFile(List<Skill> skills) {}

    record ProtectedTopicsFile(List<ProtectedTopic> categories) {}
}
