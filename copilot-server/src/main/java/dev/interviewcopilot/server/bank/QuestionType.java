package dev.interviewcopilot.server.bank;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kind of question, which decides how it is asked and in which interview stage. */
public enum QuestionType {
    TECHNICAL("technical"),
    SYSTEM_DESIGN("system-design"),
    BEHAVIORAL("behavioral"),
    SITUATIONAL("situational"),
    COMPETENCY("competency"),
    SCREENING("screening");

    private final String wireName;

    QuestionType(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in bank files and the API. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The type with this wire name, if any. */
    public static Optional<QuestionType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
