package dev.interviewcopilot.server.live;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the interviewer did with a suggested probe. */
public enum ProbeStatus {
    SUGGESTED,
    USED,
    DISMISSED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProbeStatus> named(String wireName) {
        return Arrays.stream(values())
                .filter(s -> s.wireName().equals(wireName))
                .findFirst();
    }
}
