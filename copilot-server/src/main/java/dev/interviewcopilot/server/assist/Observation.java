package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a note observes about its criterion. */
public enum Observation {
    /** The answer shows the key point. */
    SHOWN("shown"),
    /** The answer shows part of the key point. */
    PARTLY_SHOWN("partly-shown"),
    /** The answer shows the red flag. */
    RED_FLAG_OBSERVED("red-flag-observed");

    private final String wireName;

    Observation(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<Observation> named(String wireName) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(wireName)).findFirst();
    }

    /** Whether this observation fits a criterion of the given kind. */
    boolean fits(NoteCriterion.Kind kind) {
        return (this == RED_FLAG_OBSERVED) == (kind == NoteCriterion.Kind.RED_FLAG);
    }
}
