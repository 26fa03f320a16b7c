package dev.interviewcopilot.server.questionset;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a requirement names, which decides how a question covers it. */
public enum RequirementKind {
    /** A skill of the taxonomy: a question covers it when tagged with it. */
    SKILL("skill"),
    /** A skill the taxonomy does not know: a question covers it when its text names every word of it. */
    TEXT("text"),
    /** A competency: a question covers it when it evaluates it. */
    COMPETENCY("competency");

    private final String wireName;

    RequirementKind(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
