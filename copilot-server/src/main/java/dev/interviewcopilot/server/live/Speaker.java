package dev.interviewcopilot.server.live;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Who said a transcript segment. Speech-to-text without diarization sends {@code unknown}, labelled later. */
public enum Speaker {
    INTERVIEWER,
    CANDIDATE,
    UNKNOWN;

    /** The wire names, for error messages. */
    public static final List<String> WIRE_NAMES =
            Arrays.stream(values()).map(Speaker::wireName).toList();

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Speaker> named(String wireName) {
        return Arrays.stream(values())
                .filter(s -> s.wireName().equals(wireName))
                .findFirst();
    }
}
