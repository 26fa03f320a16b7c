package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a job description requires a skill or only welcomes it. */
public enum Importance {
    MUST("must-have"),
    NICE("nice-to-have");

    private final String wireName;

    Importance(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
