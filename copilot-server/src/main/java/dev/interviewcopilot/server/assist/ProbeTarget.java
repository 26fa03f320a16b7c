package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a probe aims at: one thing the answer has not shown yet, cited by its id in the bank item.
 *
 * @param kind a key point, a red flag or a rubric level
 * @param id the key point's or red flag's id, or the rubric band's scores (e.g. {@code 9-10})
 */
public record ProbeTarget(Kind kind, String id) {

    /** The kinds of target. */
    public enum Kind {
        /** A key point the answer has not covered, or covered only in part. */
        KEY_POINT("key-point"),
        /** A red flag the answer brushed against: the probe gives the candidate a fair chance to clarify. */
        RED_FLAG("red-flag"),
        /** A rubric band the answer has not yet reached. */
        RUBRIC_LEVEL("rubric-level");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }

        /** The kind with this wire name, if any. */
        public static Optional<Kind> named(String wireName) {
            return Arrays.stream(values())
                    .filter(k -> k.wireName.equals(wireName))
                    .findFirst();
        }
    }
}
