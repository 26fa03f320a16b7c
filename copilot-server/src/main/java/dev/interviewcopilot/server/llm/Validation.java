package dev.interviewcopilot.server.llm;

import java.util.List;
import java.util.Optional;

/**
 * The caller's verdict on a structured answer: a value, or the problems to send back for one repair.
 *
 * @param value the value, when valid
 * @param problems what is wrong, when invalid; phrased for the model ("quote 2 is not in the transcript")
 */
public record Validation<T>(Optional<T> value, List<String> problems) {

    public static <T> Validation<T> valid(T value) {
        return new Validation<>(Optional.of(value), List.of());
    }

    public static <T> Validation<T> invalid(List<String> problems) {
        return new Validation<>(Optional.empty(), List.copyOf(problems));
    }
}
