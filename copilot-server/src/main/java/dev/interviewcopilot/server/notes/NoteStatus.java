package dev.interviewcopilot.server.notes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a note stands: a draft counts for nothing until the interviewer confirms it. */
public enum NoteStatus {
    DRAFT,
    CONFIRMED,
    REJECTED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NoteStatus> named(String wireName) {
        return Arrays.stream(values())
                .filter(s -> s.wireName().equals(wireName))
                .findFirst();
    }
}
