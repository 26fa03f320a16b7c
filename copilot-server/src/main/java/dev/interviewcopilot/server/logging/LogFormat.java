package dev.interviewcopilot.server.logging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How log lines are written. */
public enum LogFormat {
    /** {@code time level [request id] logger: message}, for people. */
    PLAIN,
    /** One JSON object per line, for log pipelines. */
    JSON;

    /** The format named (case-insensitively), if any. */
    public static Optional<LogFormat> named(String name) {
        return Arrays.stream(values())
                .filter(f -> f.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
