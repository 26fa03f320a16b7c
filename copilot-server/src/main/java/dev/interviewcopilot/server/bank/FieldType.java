package dev.interviewcopilot.server.bank;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of input a scorecard field takes. Scales run from 1 to 10. */
public enum FieldType {
    FULL_NAME("full-name"),
    EMAIL("email"),
    SHORT_TEXT("short-text"),
    LONG_TEXT("long-text"),
    DATE("date"),
    DROPDOWN("dropdown"),
    NUMBER("number"),
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    SCALE("scale"),
    SIGNATURE("signature");

    private final String wireName;

    FieldType(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in bank files and the API. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether the field offers a fixed list of options. */
    public boolean hasOptions() {
        return this == DROPDOWN || this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
