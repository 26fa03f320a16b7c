package dev.interviewcopilot.server;

import dev.interviewcopilot.server.catalog.SearchLimits;
import dev.interviewcopilot.server.logging.LogFormat;
import dev.interviewcopilot.server.retrieval.SearchSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;

/**
 * The service's settings, read from the {@code copilot} node of the Helidon configuration. The only reader of
 * configuration besides Helidon's own {@code server} node. Defaults live in {@code application.yaml}; each key can
 * be overridden by an environment variable ({@code copilot.bank.dir} by {@code COPILOT_BANK_DIR}).
 *
 * @param bankDir the question-bank directory
 * @param dataDir where the service keeps its files (the search index)
 * @param logFormat plain or JSON log lines
 * @param logLevel the root log level
 * @param accessLog whether each request gets an access log line
 * @param limits default and maximum search result counts
 * @param search search tuning
 * @param embeddingThreads platform threads for in-process embedding
 */
public record CopilotConfig(
        Path bankDir,
        Path dataDir,
        LogFormat logFormat,
        Level logLevel,
        boolean accessLog,
        SearchLimits limits,
        SearchSettings search,
        int embeddingThreads) {

    /** A setting is missing or out of range: start-up stops with this message. */
    public static final class InvalidConfigException extends RuntimeException {
        InvalidConfigException(String key, String message) {
            super("invalid configuration " + key + " (env " + envName(key) + "): " + message);
        }
    }

    /** Reads and checks the settings. */
    public static CopilotConfig from(Config root) {
        Settings s = new Settings(root);
        int defaultLimit = s.integer("copilot.search.limit.default", 1, 1000);
        int maxLimit = s.integer("copilot.search.limit.max", defaultLimit, 1000);
        return new CopilotConfig(
                Path.of(s.text("copilot.bank.dir")),
                Path.of(s.text("copilot.data.dir")),
                s.parsed("copilot.log.format", LogFormat::named, "plain or json"),
                s.parsed("copilot.log.level", CopilotConfig::level, "a java.util.logging level such as INFO or FINE"),
                s.bool("copilot.log.access"),
                new SearchLimits(defaultLimit, maxLimit),
                new SearchSettings(
                        s.integer("copilot.search.candidates", 1, 1000),
                        s.integer("copilot.search.rrf.k", 1, 1000),
                        s.decimal("copilot.search.semantic.threshold", -1, 1),
                        s.integer("copilot.search.cache.size", 0, 1_000_000)),
                s.integer("copilot.embedding.threads", 1, 64));
    }

    /** The environment variable that overrides a key, by Helidon's mapping (dots to underscores, dashes to _dash_). */
    static String envName(String key) {
        return Arrays.stream(key.split("-", -1))
                .map(part -> part.replace('.', '_').toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("_dash_"));
    }

    private static Optional<Level> level(String name) {
        try {
            return Optional.of(Level.parse(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Typed access to required keys, each failure naming the key. */
    private record Settings(Config root) {

        String text(String key) {
            try {
                String value = root.get(key).asString().get().strip();
                if (value.isEmpty()) {
                    throw new InvalidConfigException(key, "must not be empty");
                }
                return value;
            } catch (ConfigException e) {
                throw new InvalidConfigException(key, "is missing");
            }
        }

        int integer(String key, int min, int max) {
            String raw = text(key);
            try {
                int value = Integer.parseInt(raw);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidConfigException(key, "'" + raw + "' is not a whole number from " + min + " to " + max);
        }

        double decimal(String key, double min, double max) {
            String raw = text(key);
            try {
                double value = Double.parseDouble(raw);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidConfigException(key, "'" + raw + "' is not a number from " + min + " to " + max);
        }

        boolean bool(String key) {
            return parsed(
                    key,
                    v -> switch (v.toLowerCase(Locale.ROOT)) {
                        case "true" -> Optional.of(true);
                        case "false" -> Optional.of(false);
                        default -> Optional.empty();
                    },
                    "true or false");
        }

        <T> T parsed(String key, Function<String, Optional<T>> parse, String expected) {
            String raw = text(key);
            return parse.apply(raw)
                    .orElseThrow(() -> new InvalidConfigException(key, "'" + raw + "' is not " + expected));
        }
    }
}
