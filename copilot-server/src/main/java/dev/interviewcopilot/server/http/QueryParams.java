package dev.interviewcopilot.server.http;

import io.helidon.common.uri.UriQuery;
import io.helidon.webserver.http.ServerRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads query parameters and collects every problem with them, so one 400 names all the faulty parameters at
 * once. Call {@link #validate()} after reading the last one. Unknown parameters are errors too: a typo such as
 * {@code rol=backend} should not silently widen a search.
 */
public final class QueryParams {
    private final UriQuery query;
    private final List<FieldError> errors = new ArrayList<>();

    private QueryParams(UriQuery query, Set<String> known) {
        this.query = query;
        for (String name : new TreeSet<>(query.names())) {
            if (!known.contains(name)) {
                errors.add(new FieldError(name, "unknown parameter; expected one of " + new TreeSet<>(known)));
            } else if (query.all(name).size() > 1) {
                errors.add(new FieldError(name, "give this parameter at most once"));
            }
        }
    }

    /** Reads the query of a request that accepts exactly the named parameters. */
    public static QueryParams of(ServerRequest request, Set<String> known) {
        return new QueryParams(request.query(), known);
    }

    /** A free-text parameter, stripped; empty if absent or blank. */
    public Optional<String> text(String name, int maxLength) {
        Optional<String> value = raw(name).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return value;
        }
        Optional<String> problem = TextChecks.problem(value.get(), maxLength);
        problem.ifPresent(message -> errors.add(new FieldError(name, message)));
        return problem.isPresent() ? Optional.empty() : value;
    }

    /** An integer parameter within bounds, or the default when absent. */
    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get().strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return defaultValue;
    }

    /** A parameter whose value must be one of a known set. */
    public Optional<String> oneOf(String name, Collection<String> allowed) {
        return choice(name, v -> allowed.contains(v) ? Optional.of(v) : Optional.empty(), allowed);
    }

    /** A parameter parsed by a function that returns empty for values it does not know. */
    public <T> Optional<T> choice(String name, Function<String, Optional<T>> parse, Collection<String> allowed) {
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> parsed = parse.apply(value.get());
        if (parsed.isEmpty()) {
            errors.add(new FieldError(
                    name,
                    "unknown value '" + abbreviate(value.get()) + "'; expected one of " + new TreeSet<>(allowed)));
        }
        return parsed;
    }

    /** Records a problem with a parameter when the condition does not hold. */
    public void require(boolean condition, String name, String message) {
        if (!condition) {
            errors.add(new FieldError(name, message));
        }
    }

    /** @throws BadRequestException naming every faulty parameter, if any */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
    }

    private Optional<String> raw(String name) {
        return query.contains(name) ? query.first(name).asOptional() : Optional.empty();
    }

    /** Echoes at most a short prefix of a bad value: enough to spot a typo, not a place to reflect input. */
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
