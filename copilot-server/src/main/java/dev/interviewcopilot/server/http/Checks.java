package dev.interviewcopilot.server.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Checks the fields of a request body and collects every problem, so one 400 names all the faulty fields at once.
 * Text is stripped, and must be valid UTF-8 within its length and free of control characters. Call
 * {@link #orThrow()} after the last check.
 */
public final class Checks {
    private final List<FieldError> errors = new ArrayList<>();

    /** Required text: present, not blank, within {@code maxLength}. Returns it stripped, or null if at fault. */
    public String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return optionalText(field, value, maxLength).orElse(null);
    }

    /** Optional text: absent or blank reads as empty. */
    public Optional<String> optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String stripped = value.strip();
        Optional<String> problem = TextChecks.problem(stripped, maxLength);
        problem.ifPresent(p -> errors.add(new FieldError(field, p)));
        return problem.isPresent() ? Optional.empty() : Optional.of(stripped);
    }

    /** A required value from a fixed list; returns the parsed value or null if at fault. */
    public <T> T oneOf(String field, String value, Function<String, Optional<T>> parse, Collection<String> allowed) {
        if (value == null) {
            errors.add(new FieldError(field, "is required; one of " + allowed));
            return null;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            errors.add(new FieldError(field, "must be one of " + allowed));
        }
        return parsed.orElse(null);
    }

    /** An optional UUID in canonical form. */
    public Optional<UUID> optionalUuid(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<UUID> id = Ids.uuid(value);
        if (id.isEmpty()) {
            errors.add(new FieldError(field, "must be a UUID"));
        }
        return id;
    }

    /** Records a problem when the condition does not hold. */
    public void require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
    }

    /** Records a problem. */
    public void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws a 400 naming every field at fault, if any is. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
    }
}
