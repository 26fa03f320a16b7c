package dev.interviewcopilot.server.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a token may do. Each token has exactly one role; a person with two roles holds two tokens. */
public enum Role {
    /** Everything, including tokens, erasure and metrics. */
    ADMIN,
    /** Question sets they own, and read access to the interviews and scorecards that use them. */
    HIRING_MANAGER,
    /** The interviews they run. */
    INTERVIEWER,
    /** Eval runs and comparisons, which hold no candidate data. */
    EVALUATOR;

    /** The name on the wire and on the command line: {@code admin}, {@code hiring-manager}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> parse(String wireName) {
        return Arrays.stream(values())
                .filter(r -> r.wireName().equals(wireName))
                .findFirst();
    }

    /** The wire names, for messages. */
    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(Role::wireName).toList());
    }
}
