package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The rubric criterion a note is about, cited by its id in the bank item.
 *
 * @param kind a key point or a red flag
 * @param id its id
 */
public record NoteCriterion(Kind kind, String id) {

    /** The kinds of criterion. */
    public enum Kind {
        KEY_POINT("key-point"),
        RED_FLAG("red-flag");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }

        public static Optional<Kind> named(String wireName) {
            return Arrays.stream(values())
                    .filter(k -> k.wireName.equals(wireName))
                    .findFirst();
        }
    }
}
