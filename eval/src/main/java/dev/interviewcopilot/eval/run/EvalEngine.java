package dev.interviewcopilot.eval.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.eval.judge.PairwiseJudge;
import dev.interviewcopilot.eval.targets.AnswerTurn;
import dev.interviewcopilot.eval.targets.FairnessTarget;
import dev.interviewcopilot.eval.targets.InjectionTarget;
import dev.interviewcopilot.eval.targets.LintTarget;
import dev.interviewcopilot.eval.targets.NotesTarget;
import dev.interviewcopilot.eval.targets.PiiTarget;
import dev.interviewcopilot.eval.targets.ProbesTarget;
import dev.interviewcopilot.eval.targets.QuestionSetsTarget;
import dev.interviewcopilot.eval.targets.RetrievalTarget;
import dev.interviewcopilot.eval.targets.Target;
import dev.interviewcopilot.server.App;
import dev.interviewcopilot.server.CopilotConfig;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.llm.GuardedModelGateway;
import dev.interviewcopilot.server.llm.ModelSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The service's own components, started in-process for an eval run with the engine the run asks for:
 *
 * <ul>
 *   <li>{@code offline}: the offline engine answers everything. Every model request the features would send is
 *       still rendered, masked and captured (against an empty set of recordings, so nothing is sent): suites
 *       about what reaches a model work without one.
 *   <li>{@code replay}: answers come from recordings made by a {@code live} run, exact and network-free; a call
 *       with no recording falls back to the offline engine and the case reports it.
 *   <li>{@code live}: the configured provider answers, and each answer is recorded for later replays (a call
 *       already recorded is answered from the recording).
 * </ul>
 *
 * Only the bundled defaults, the options given and, for prompt pins and the model, the {@code COPILOT_MODEL_*},
 * {@code COPILOT_GUARD_*} and {@code COPILOT_PROMPTS_*} variables apply: an {@code offline} run cannot reach a
 * model by accident, and no other setting of this machine changes a result.
 */
public final class EvalEngine implements AutoCloseable {
    /** The engines a run may ask for. */
    public static final List<String> ENGINES = List.of("offline", "replay", "live");

    /** The file in a recordings directory that says which model the recordings are of. */
    public static final String MANIFEST = "recording.json";

    private static final List<String> PASSED_THROUGH = List.of("COPILOT_MODEL_", "COPILOT_GUARD_", "COPILOT_PROMPTS_");

    /**
     * The gateway warns of every call no recording answers; in an offline run that is every call, by design. Held
     * here so the level set on it stays.
     */
    private static final Logger GATEWAY = Logger.getLogger(GuardedModelGateway.class.getName());

    private final String name;
    private final App app;
    private final Optional<Path> scratch;
    private final Map<String, Target> targets = new LinkedHashMap<>();

    /**
     * Where an engine's settings come from.
     *
     * @param recordings the recordings directory ({@code replay} reads it, {@code live} writes it)
     * @param configFile a settings file in the server's format (the model, guard and prompt pins), if any
     * @param environment the process environment; only the passed-through variables are read
     */
    public record Options(Path recordings, Optional<Path> configFile, Map<String, String> environment) {
        public Options {
            environment = Map.copyOf(environment);
        }
    }

    private EvalEngine(String name, App app, RequestCapture requests, Optional<Path> scratch) {
        this.name = name;
        this.app = app;
        this.scratch = scratch;
        add(new RetrievalTarget(app.bank(), app.search()));
        add(new LintTarget(app.linter(), app.bank().protectedTopics()));
        add(new ProbesTarget(app.bank(), app.probes(), app.linter()));
        add(new NotesTarget(app.bank(), app.notes(), app.linter()));
        add(new QuestionSetsTarget(app.bank(), app.questionSets()));
        add(new FairnessTarget(app.bank(), app.probes(), app.notes()));
        AnswerTurn turn = new AnswerTurn(app.probes(), app.notes(), requests);
        add(new PiiTarget(app.bank(), turn));
        add(new InjectionTarget(app.bank(), turn));
    }

    /**
     * Starts the components for an engine.
     *
     * @param root the repository root (with {@code question-bank/} and {@code prompts/})
     * @param dataDir where the search index is kept between runs
     * @throws IllegalArgumentException when the engine is unknown or its settings are missing or wrong
     */
    public static EvalEngine start(String engine, Path root, Path dataDir, Options options) {
        if (!ENGINES.contains(engine)) {
            throw new IllegalArgumentException("unknown engine '" + engine + "'; use one of " + ENGINES);
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("copilot.bank.dir", root.resolve("question-bank").toString());
        fixed.put("copilot.prompts.dir", root.resolve("prompts").toString());
        fixed.put("copilot.data.dir", dataDir.toString());
        fixed.put("copilot.log.access", "false");
        Optional<Path> scratch = Optional.empty();
        switch (engine) {
            case "offline" -> {
                GATEWAY.setLevel(Level.SEVERE);
                scratch = Optional.of(scratchDir());
                fixed.put("copilot.model.provider", "offline");
                fixed.put("copilot.model.cache", "replay");
                fixed.put("copilot.model.recordings", scratch.get().toString());
            }
            case "replay" -> {
                fixed.putAll(manifest(options.recordings()));
                fixed.put("copilot.model.cache", "replay");
                fixed.put("copilot.model.recordings", options.recordings().toString());
            }
            default -> {
                fixed.put("copilot.model.cache", "record");
                fixed.put("copilot.model.recordings", options.recordings().toString());
            }
        }
        CopilotConfig config;
        try {
            config = CopilotConfig.from(config(fixed, options));
        } catch (CopilotConfig.InvalidConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (engine.equals("live")) {
            requireModel(config.model().settings(), options.recordings());
        }
        RequestCapture requests = new RequestCapture();
        return new EvalEngine(engine, App.start(config, requests), requests, scratch);
    }

    private static Config config(Map<String, String> fixed, Options options) {
        Map<String, String> passed = new LinkedHashMap<>();
        options.environment().forEach((variable, value) -> {
            if (PASSED_THROUGH.stream().anyMatch(variable::startsWith)) {
                passed.put(variable.toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        passed.remove("copilot.prompts.dir");
        Config.Builder builder = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(fixed))
                .addSource(ConfigSources.create(passed));
        options.configFile().ifPresent(file -> {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no settings file at " + file);
            }
            builder.addSource(ConfigSources.file(file));
        });
        return builder.addSource(ConfigSources.classpath("application.yaml")).build();
    }

    /** The model settings a replay needs: the recordings' provider and model, so their keys match. */
    private static Map<String, String> manifest(Path recordings) {
        Path file = recordings.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no recordings in " + recordings + " (no " + MANIFEST
                    + "); record them with --engine live, or point --recordings at a directory that has them");
        }
        JsonNode manifest;
        try {
            manifest = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        Map<String, String> model = new LinkedHashMap<>();
        for (String field : List.of("provider", "name", "url")) {
            String value = manifest.path(field).asText("");
            if (value.isBlank()) {
                throw new IllegalArgumentException(file + ": field '" + field + "' is missing");
            }
            model.put("copilot.model." + field, value);
        }
        // Azure's settings need a key and an api-version; a replay never sends anything, so neither is used.
        model.put("copilot.model.version", manifest.path("version").asText("replay"));
        model.put("copilot.model.key", "not-used-in-replay");
        return model;
    }

    /** A live run needs a model, and its recordings must be of that model (or new). */
    private static void requireModel(ModelSettings settings, Path recordings) {
        if (!settings.configured()) {
            throw new IllegalArgumentException("the live engine needs a model: set COPILOT_MODEL_PROVIDER,"
                    + " COPILOT_MODEL_NAME (and URL, KEY as the provider needs) or pass --config FILE");
        }
        Path file = recordings.resolve(MANIFEST);
        ObjectNode manifest = Json.mapper().createObjectNode();
        manifest.put("provider", settings.provider().id());
        manifest.put("name", settings.model());
        manifest.put("url", settings.baseUrl());
        settings.apiVersion().ifPresent(v -> manifest.put("version", v));
        try {
            if (Files.isRegularFile(file)) {
                JsonNode existing = Json.mapper().readTree(file.toFile());
                String recorded = existing.path("provider").asText() + "/"
                        + existing.path("name").asText();
                if (!recorded.equals(settings.describe())) {
                    throw new IllegalArgumentException("the recordings in " + recordings + " are of " + recorded
                            + ", not " + settings.describe() + "; use another --recordings directory");
                }
                return;
            }
            Files.createDirectories(recordings);
            Files.writeString(
                    file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Path scratchDir() {
        try {
            return Files.createTempDirectory("copilot-eval-no-recordings");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    public String name() {
        return name;
    }

    /** The LLM judge on this engine's model (offline has none: check {@link #hasModel()}). */
    public PairwiseJudge judge() {
        return new PairwiseJudge(app.gateway(), app.prompts());
    }

    /** Whether a model answers on this engine (live or replay). */
    public boolean hasModel() {
        return !name.equals("offline");
    }

    /** The bank the components use. */
    public QuestionBank bank() {
        return app.bank();
    }

    /** Targets by the name suites use. */
    public Map<String, Target> targets() {
        return Map.copyOf(targets);
    }

    private void add(Target target) {
        targets.put(target.name(), target);
    }

    @Override
    public void close() {
        app.close();
        scratch.ifPresent(EvalEngine::delete);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
