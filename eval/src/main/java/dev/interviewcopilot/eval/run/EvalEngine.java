package dev.interviewcopilot.eval.run;

import dev.interviewcopilot.eval.targets.FairnessTarget;
import dev.interviewcopilot.eval.targets.LintTarget;
import dev.interviewcopilot.eval.targets.NotesTarget;
import dev.interviewcopilot.eval.targets.ProbesTarget;
import dev.interviewcopilot.eval.targets.QuestionSetsTarget;
import dev.interviewcopilot.eval.targets.RetrievalTarget;
import dev.interviewcopilot.eval.targets.Target;
import dev.interviewcopilot.server.App;
import dev.interviewcopilot.server.CopilotConfig;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's own components, started in-process for an eval run: the bank, prompts, embedding model, search
 * index and linter, with the engine the run asks for. Only the bundled defaults and the paths given apply, never
 * this machine's environment, so an {@code offline} run cannot reach a model by accident.
 */
public final class EvalEngine implements AutoCloseable {
    /** Engines a run may ask for; replay and live need the model-backed targets, which come next. */
    public static final List<String> ENGINES = List.of("offline");

    private final String name;
    private final App app;
    private final Map<String, Target> targets = new LinkedHashMap<>();

    private EvalEngine(String name, App app) {
        this.name = name;
        this.app = app;
        add(new RetrievalTarget(app.bank(), app.search()));
        add(new LintTarget(app.linter(), app.bank().protectedTopics()));
        add(new ProbesTarget(app.bank(), app.probes(), app.linter()));
        add(new NotesTarget(app.bank(), app.notes(), app.linter()));
        add(new QuestionSetsTarget(app.bank(), app.questionSets()));
        add(new FairnessTarget(app.bank(), app.probes(), app.notes()));
    }

    /**
     * Starts the components for an engine.
     *
     * @param root the repository root (with {@code question-bank/} and {@code prompts/})
     * @param dataDir where the search index is kept between runs
     */
    public static EvalEngine start(String engine, Path root, Path dataDir) {
        if (!ENGINES.contains(engine)) {
            throw new IllegalArgumentException(
                    "engine '" + engine + "' is not available in this build; use one of " + ENGINES);
        }
        Map<String, String> values = Map.of(
                "copilot.bank.dir", root.resolve("question-bank").toString(),
                "copilot.prompts.dir", root.resolve("prompts").toString(),
                "copilot.data.dir", dataDir.toString(),
                "copilot.model.provider", "offline",
                "copilot.log.access", "false");
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .addSource(ConfigSources.create(values))
                .addSource(ConfigSources.classpath("application.yaml"))
                .build();
        return new EvalEngine(engine, App.start(CopilotConfig.from(config)));
    }

    public String name() {
        return name;
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
    }
}
