package dev.interviewcopilot.server;

import dev.interviewcopilot.server.catalog.SearchLimits;
import dev.interviewcopilot.server.llm.CacheMode;
import dev.interviewcopilot.server.llm.GuardSettings;
import dev.interviewcopilot.server.llm.ModelSettings;
import dev.interviewcopilot.server.llm.Provider;
import dev.interviewcopilot.server.logging.LogFormat;
import dev.interviewcopilot.server.retrieval.SearchSettings;
import dev.interviewcopilot.server.store.Dialect;
import dev.interviewcopilot.server.store.StoreSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * @param model the model provider, prompts and guard
 * @param aiSuggestedRatings whether AI output may suggest ratings (rubric bands); off by default: advisory only
 * @param evalRunsDir where the eval harness writes its run reports, which the eval reports view reads
 * @param auth rate limits and the first start's admin token
 * @param store where records live: a SQLite file in the data directory, or a PostgreSQL server
 */
public record CopilotConfig(
        Path bankDir,
        Path dataDir,
        LogFormat logFormat,
        Level logLevel,
        boolean accessLog,
        SearchLimits limits,
        SearchSettings search,
        int embeddingThreads,
        ModelConfig model,
        boolean aiSuggestedRatings,
        Path evalRunsDir,
        AuthSettings auth,
        StoreSettings store) {

    /** Settings with no default: absent unless the user sets them. README documents them with the others. */
    static final List<String> OPTIONAL_KEYS = List.of(
            "copilot.model.url",
            "copilot.model.key",
            "copilot.model.name",
            "copilot.model.organization",
            "copilot.model.version",
            "copilot.model.recordings",
            "copilot.auth.admin.file",
            "copilot.auth.proxies",
            "copilot.store.url",
            "copilot.store.user",
            "copilot.store.password");

    /**
     * Who may call, and how often.
     *
     * @param requestsPerMinute each token's average allowance
     * @param burst how many requests a token may send at once
     * @param failedPerMinute calls without a valid token each client address may make
     * @param adminTokenFile where the first start writes the admin token
     * @param proxies addresses of the reverse proxies in front, whose X-Forwarded-For names the caller
     */
    public record AuthSettings(
            int requestsPerMinute, int burst, int failedPerMinute, Path adminTokenFile, Set<String> proxies) {}

    /** The prompts each AI operation uses; configuration pins a version of each. */
    static final List<String> PROMPT_IDS = List.of("probes", "notes", "requirements", "gaps", "judge");

    /**
     * Everything about the model.
     *
     * @param settings the provider, endpoint and model
     * @param cache the record/replay cache mode
     * @param recordings where recorded responses live, when not the data directory's {@code model-cache}
     * @param guard the gateway's protections
     * @param promptsDir the versioned prompts
     * @param pins prompt id to the version in use
     */
    public record ModelConfig(
            ModelSettings settings,
            CacheMode cache,
            Optional<Path> recordings,
            GuardSettings guard,
            Path promptsDir,
            Map<String, Integer> pins) {
        public ModelConfig {
            pins = Collections.unmodifiableMap(new LinkedHashMap<>(pins));
        }
    }

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
                s.integer("copilot.embedding.threads", 1, 64),
                modelConfig(s),
                s.bool("copilot.ratings.suggested"),
                Path.of(s.text("copilot.eval.runs")),
                new AuthSettings(
                        s.integer("copilot.auth.rate.requests", 1, 10_000_000),
                        s.integer("copilot.auth.rate.burst", 1, 10_000_000),
                        s.integer("copilot.auth.failed.requests", 1, 10_000_000),
                        s.optional("copilot.auth.admin.file")
                                .map(Path::of)
                                .orElse(Path.of(s.text("copilot.data.dir")).resolve("admin-token")),
                        proxies(s)),
                storeSettings(s));
    }

    /** Reverse proxies by IP address, comma-separated; a host name would need a lookup per request, so it is refused. */
    private static Set<String> proxies(Settings s) {
        Set<String> proxies = new LinkedHashSet<>();
        for (String raw : s.optional("copilot.auth.proxies").orElse("").split(",")) {
            String address = raw.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!IP_LITERAL.matcher(address).matches()) {
                throw new InvalidConfigException(
                        "copilot.auth.proxies", "'" + address + "' is not an IPv4 or IPv6 address");
            }
            proxies.add(address);
        }
        return Set.copyOf(proxies);
    }

    private static final Pattern IP_LITERAL =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** SQLite in the data directory, or PostgreSQL at the configured URL; the URL is checked here, naming the key. */
    private static StoreSettings storeSettings(Settings s) {
        Dialect dialect = s.parsed("copilot.store.kind", Dialect::named, "sqlite or postgresql");
        int poolSize = s.integer("copilot.store.pool.size", 1, 1000);
        if (dialect == Dialect.SQLITE) {
            return StoreSettings.sqlite(Path.of(s.text("copilot.data.dir")).resolve("copilot.db"));
        }
        String url = s.optional("copilot.store.url")
                .orElseThrow(() -> new InvalidConfigException(
                        "copilot.store.url", "is required when copilot.store.kind is postgresql"));
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new InvalidConfigException(
                    "copilot.store.url", "'" + url + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
        }
        return StoreSettings.postgresql(
                url, s.optional("copilot.store.user"), s.optional("copilot.store.password"), poolSize);
    }

    private static ModelConfig modelConfig(Settings s) {
        Map<String, Integer> pins = new LinkedHashMap<>();
        for (String id : PROMPT_IDS) {
            pins.put(id, s.integer("copilot.prompts." + id, 1, 999));
        }
        return new ModelConfig(
                modelSettings(s),
                s.parsed("copilot.model.cache", CacheMode::named, "off, record or replay"),
                s.optional("copilot.model.recordings").map(Path::of),
                new GuardSettings(
                        s.duration("copilot.guard.timeout.live", Duration.ofMillis(50), Duration.ofMinutes(2)),
                        s.duration("copilot.guard.timeout.batch", Duration.ofMillis(50), Duration.ofMinutes(30)),
                        s.duration("copilot.guard.stream.idle", Duration.ofMillis(50), Duration.ofMinutes(5)),
                        s.integer("copilot.guard.retry.attempts", 1, 10),
                        s.duration("copilot.guard.retry.backoff", Duration.ZERO, Duration.ofMinutes(1)),
                        s.decimal("copilot.guard.retry.budget", 0, 1),
                        s.duration("copilot.guard.breaker.window", Duration.ofSeconds(1), Duration.ofHours(1)),
                        s.integer("copilot.guard.breaker.calls", 1, 1000),
                        s.integer("copilot.guard.breaker.rate", 1, 100),
                        s.duration("copilot.guard.breaker.open", Duration.ofMillis(100), Duration.ofHours(1)),
                        s.integer("copilot.guard.breaker.probes", 1, 100),
                        s.integer("copilot.guard.concurrent", 1, 1000),
                        s.integer("copilot.guard.user.requests", 1, 100_000),
                        s.integer("copilot.guard.user.tokens", 1, 1_000_000_000)),
                Path.of(s.text("copilot.prompts.dir")),
                pins);
    }

    /** The provider and its endpoint; each provider's required settings are checked here, naming the key. */
    private static ModelSettings modelSettings(Settings s) {
        Provider provider = s.parsed("copilot.model.provider", Provider::named, "offline, openai, azure or ollama");
        double temperature = s.decimal("copilot.model.temperature", 0, 2);
        Duration timeout = s.duration("copilot.model.timeout", Duration.ofSeconds(1), Duration.ofMinutes(30));
        if (provider == Provider.OFFLINE) {
            return ModelSettings.offline();
        }
        Optional<String> url = s.optional("copilot.model.url");
        String baseUrl = switch (provider) {
            case OPENAI -> url.orElse("https://api.openai.com/v1");
            case OLLAMA -> url.orElse("http://localhost:11434");
            default ->
                url.orElseThrow(() -> new InvalidConfigException(
                        "copilot.model.url", "is required for " + provider.id() + " (the deployment URL)"));
        };
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new InvalidConfigException("copilot.model.url", "'" + baseUrl + "' is not an http(s) URL");
        }
        String name = s.optional("copilot.model.name")
                .orElseThrow(() -> new InvalidConfigException(
                        "copilot.model.name", "is required when the provider is " + provider.id()));
        Optional<String> key = s.optional("copilot.model.key");
        if (provider == Provider.AZURE && key.isEmpty()) {
            throw new InvalidConfigException("copilot.model.key", "is required for azure");
        }
        Optional<String> version = s.optional("copilot.model.version");
        if (provider == Provider.AZURE && version.isEmpty()) {
            throw new InvalidConfigException("copilot.model.version", "is required for azure (the api-version)");
        }
        return new ModelSettings(
                provider, baseUrl, key, name, s.optional("copilot.model.organization"), version, temperature, timeout);
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

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

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

        Optional<String> optional(String key) {
            Config node = root.get(key);
            if (!node.exists()) {
                return Optional.empty();
            }
            return node.asString().asOptional().map(String::strip).filter(v -> !v.isEmpty());
        }

        /** A duration written as a number and a unit: {@code 800ms}, {@code 4s}, {@code 2m}, {@code 1h}. */
        Duration duration(String key, Duration min, Duration max) {
            String raw = text(key);
            Matcher m = DURATION.matcher(raw);
            if (m.matches()) {
                long amount = Long.parseLong(m.group(1));
                Duration value = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
                if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                    return value;
                }
            }
            throw new InvalidConfigException(
                    key,
                    "'" + raw + "' is not a duration from " + describe(min) + " to " + describe(max)
                            + " such as 800ms, 4s, 2m or 1h");
        }

        private static String describe(Duration d) {
            return d.toMillis() < 1000 || d.toMillis() % 1000 != 0 ? d.toMillis() + "ms" : d.toSeconds() + "s";
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
