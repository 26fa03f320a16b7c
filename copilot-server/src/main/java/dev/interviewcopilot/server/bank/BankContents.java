package dev.interviewcopilot.server.bank;

import dev.interviewcopilot.server.compliance.ProtectedTopic;
import java.util.List;

/** Everything read from the bank's files, each value with its file, before the cross-file checks. */
record BankContents(
        List<Sourced<ProtectedTopic>> protectedTopics,
        List<Sourced<Competency>> competencies,
        List<Sourced<RoleFamily>> roleFamilies,
        List<Sourced<SeniorityLevel>> seniorityLevels,
        List<Sourced<RoleProfile>> roleProfiles,
        List<Sourced<Skill>> skills,
        List<Sourced<ScorecardTemplate>> scorecardTemplates,
        List<Sourced<QuestionItem>> items) {

    static <T> List<T> values(List<Sourced<T>> sourced) {
        return sourced.stream().map(Sourced::value).toList();
    }
}
