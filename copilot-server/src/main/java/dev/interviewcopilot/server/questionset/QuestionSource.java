package dev.interviewcopilot.server.questionset;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a planned question comes from. */
public enum QuestionSource {
    /** The bank: curated, or a draft a reviewer approved. */
    BANK("bank"),
    /** Drafted by a model for a gap; nobody may use it in an interview until a person approves it. */
    DRAFTED("drafted-needs-review");

    private final String wireName;

    QuestionSource(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
