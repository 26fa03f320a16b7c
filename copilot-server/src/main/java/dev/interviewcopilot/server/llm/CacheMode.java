package dev.interviewcopilot.server.llm;

import java.util.Arrays;
import java.util.Optional;

/** What the response cache does. */
public enum CacheMode {
    /** Always call the model. The default. */
    OFF,
    /** Answer from a recorded response when there is one; otherwise call the model and record the answer. */
    RECORD,
    /** Answer only from recorded responses, never calling the model: exact, network-free reruns for evals. */
    REPLAY;

    public static Optional<CacheMode> named(String name) {
        return Arrays.stream(values())
                .filter(m -> m.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }
}
