package dev.interviewcopilot.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.interviewcopilot.eval.compare.Comparison;
import dev.interviewcopilot.eval.judge.JudgedComparison;
import dev.interviewcopilot.eval.report.Baseline;
import dev.interviewcopilot.eval.report.HtmlReport;
import dev.interviewcopilot.eval.report.Reports;
import dev.interviewcopilot.eval.run.EvalEngine;
import dev.interviewcopilot.eval.run.GateResult;
import dev.interviewcopilot.eval.run.RunResult;
import dev.interviewcopilot.eval.run.Runner;
import dev.interviewcopilot.eval.suite.Suite;
import dev.interviewcopilot.eval.suite.SuiteException;
import dev.interviewcopilot.eval.suite.SuiteLoader;
import dev.interviewcopilot.server.http.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The evaluation CLI: {@code list} the suites, {@code run} them on an engine with a bounded worker pool, write
 * JSON, Markdown and HTML reports, gate on each suite's thresholds, check or write the committed baselines, and
 * {@code compare} two runs case by case with paired-bootstrap intervals.
 */
public final class EvalCli {
    private static final String USAGE = """
            usage: eval <command> [options]
              list                       the suites in eval/suites with their descriptions and case counts
              run [suite ...]            run suites (ids or files; all when none is named)
                  --engine E             offline (default), replay (recorded model answers, no network) or
                                         live (the configured model; its answers are recorded for replays)
                  --recordings DIR       where live records and replay reads (default eval/recordings)
                  --config FILE          model, guard and prompt-pin settings in the server's format (live;
                                         COPILOT_MODEL_*, COPILOT_GUARD_* and COPILOT_PROMPTS_* also apply)
                  --workers N            cases run at once (default 4)
                  --out DIR              where reports go (default eval/runs)
                  --baseline check|write compare with eval/baselines/<suite>.<engine>.json, or rewrite it
              compare A B                A and B: report.json files or run directories of one suite
                  --out FILE             also write the comparison there (Markdown)
                  --fail-on-regression   exit 1 when B's pass-rate is lower beyond the 95% interval
                  --judge                also have the LLM judge compare each case's outputs, both orders
                  --engine live|replay   the judge's model, with --config and --recordings as for run
                  --criterion TEXT       what a better output does (default: one per target)
              help                       this text
            exit codes: 0 every gate (and baseline check) passed, 1 a gate or baseline failed, 2 usage or suite error
            """;

    private EvalCli() {}

    public static void main(String[] args) {
        System.exit(run(args, Path.of(""), System.out, System.err));
    }

    /**
     * Runs a command from a repository root; returns the exit code (0 ok, 1 a gate failed, 2 usage or suite error).
     */
    public static int run(String[] args, Path root, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        Path suites = root.resolve("eval").resolve("suites");
        return switch (command) {
            case "list" -> list(suites, out, err);
            case "run" -> runSuites(List.of(args).subList(1, args.length), root, out, err);
            case "compare" -> compare(List.of(args).subList(1, args.length), root, out, err);
            case "help", "-h", "--help" -> {
                out.print(USAGE);
                yield 0;
            }
            default -> {
                err.println("eval: unknown command '" + command + "'");
                err.print(USAGE);
                yield 2;
            }
        };
    }

    private static int runSuites(List<String> args, Path root, PrintStream out, PrintStream err) {
        String engineName = "offline";
        int workers = 4;
        Path outDir = root.resolve("eval").resolve("runs");
        String baseline = null;
        Path recordings = root.resolve("eval").resolve("recordings");
        Optional<Path> configFile = Optional.empty();
        List<String> named = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (a) {
                case "--engine", "--workers", "--out", "--baseline", "--recordings", "--config" -> {
                    if (!hasValue) {
                        err.println("eval: " + a + " needs a value");
                        return 2;
                    }
                    String value = args.get(++i);
                    switch (a) {
                        case "--engine" -> engineName = value;
                        case "--workers" -> {
                            try {
                                workers = Integer.parseInt(value);
                            } catch (NumberFormatException e) {
                                workers = 0;
                            }
                            if (workers < 1 || workers > 64) {
                                err.println("eval: --workers must be a whole number from 1 to 64");
                                return 2;
                            }
                        }
                        case "--out" -> outDir = Path.of(value);
                        case "--recordings" -> recordings = Path.of(value);
                        case "--config" -> configFile = Optional.of(Path.of(value));
                        default -> {
                            if (!value.equals("check") && !value.equals("write")) {
                                err.println("eval: --baseline must be check or write");
                                return 2;
                            }
                            baseline = value;
                        }
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        err.println("eval: unknown option " + a);
                        err.print(USAGE);
                        return 2;
                    }
                    named.add(a);
                }
            }
        }
        if (!EvalEngine.ENGINES.contains(engineName)) {
            err.println("eval: unknown engine '" + engineName + "'; use one of " + EvalEngine.ENGINES);
            return 2;
        }
        List<Path> files;
        try {
            files = files(root.resolve("eval").resolve("suites"), named);
        } catch (IllegalArgumentException | IOException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "interview-copilot-eval");
        EvalEngine.Options options = new EvalEngine.Options(recordings, configFile, System.getenv());
        EvalEngine started;
        try {
            started = EvalEngine.start(engineName, root, data, options);
        } catch (IllegalArgumentException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
        try (EvalEngine engine = started) {
            SuiteLoader loader = new SuiteLoader(engine.targets());
            List<Suite> loaded = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Path file : files) {
                try {
                    loaded.add(loader.load(file));
                } catch (SuiteException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println("eval: " + p));
                return 2;
            }
            Runner runner = new Runner(workers, err, err == System.err && System.console() != null, Clock.systemUTC());
            int status = 0;
            for (Suite suite : loaded) {
                RunResult result = runner.run(suite, engine.targets().get(suite.target()), engine.name());
                Path dir = write(result, outDir);
                summary(result, dir, out);
                if (!result.passed()) {
                    status = 1;
                }
                if (baseline != null) {
                    status = Math.max(status, baseline(result, baseline, root, out));
                }
            }
            return status;
        } catch (IOException e) {
            err.println("eval: cannot write reports: " + e.getMessage());
            return 2;
        }
    }

    private static int compare(List<String> args, Path root, PrintStream out, PrintStream err) {
        List<String> runs = new ArrayList<>();
        Path outFile = null;
        boolean failOnRegression = false;
        boolean judged = false;
        String engineName = "replay";
        Path recordings = root.resolve("eval").resolve("recordings");
        Optional<Path> configFile = Optional.empty();
        Optional<String> criterion = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--out", "--engine", "--recordings", "--config", "--criterion" -> {
                    if (i + 1 >= args.size()) {
                        err.println("eval: " + a + " needs a value");
                        return 2;
                    }
                    String value = args.get(++i);
                    switch (a) {
                        case "--out" -> outFile = Path.of(value);
                        case "--engine" -> engineName = value;
                        case "--recordings" -> recordings = Path.of(value);
                        case "--config" -> configFile = Optional.of(Path.of(value));
                        default -> criterion = Optional.of(value);
                    }
                }
                case "--fail-on-regression" -> failOnRegression = true;
                case "--judge" -> judged = true;
                default -> {
                    if (a.startsWith("--")) {
                        err.println("eval: unknown option " + a);
                        err.print(USAGE);
                        return 2;
                    }
                    runs.add(a);
                }
            }
        }
        if (runs.size() != 2) {
            err.println("eval: compare needs exactly two runs (report.json files or run directories)");
            err.print(USAGE);
            return 2;
        }
        try {
            RunResult first = read(runs.get(0));
            RunResult second = read(runs.get(1));
            Comparison comparison = new Comparison(first, second);
            String markdown = comparison.markdown();
            if (judged) {
                if (!engineName.equals("live") && !engineName.equals("replay")) {
                    err.println("eval: the judge needs a model: --engine live or replay");
                    return 2;
                }
                EvalEngine.Options options = new EvalEngine.Options(recordings, configFile, System.getenv());
                Path data = Path.of(System.getProperty("java.io.tmpdir"), "interview-copilot-eval");
                try (EvalEngine engine = EvalEngine.start(engineName, root, data, options)) {
                    markdown += "\n"
                            + new JudgedComparison(
                                            first,
                                            second,
                                            SuiteLoader.vars(
                                                    root.resolve("eval").resolve("suites"), first.suite()),
                                            criterion,
                                            engine.judge(),
                                            engine.bank())
                                    .markdown();
                }
            }
            out.print(markdown);
            if (outFile != null) {
                Files.writeString(outFile, markdown, StandardCharsets.UTF_8);
            }
            return failOnRegression && comparison.regressed() ? 1 : 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
    }

    private static RunResult read(String run) throws IOException {
        Path path = Path.of(run);
        Path file = Files.isDirectory(path) ? path.resolve("report.json") : path;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no run report at " + file);
        }
        try {
            return Json.mapper().readValue(file.toFile(), RunResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not a run report: " + e.getOriginalMessage());
        }
    }

    private static List<Path> files(Path suites, List<String> named) throws IOException {
        if (named.isEmpty()) {
            return SuiteLoader.files(suites);
        }
        List<Path> files = new ArrayList<>();
        for (String name : named) {
            Path file =
                    name.endsWith(".yaml") || name.endsWith(".yml") ? Path.of(name) : suites.resolve(name + ".yaml");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no suite " + name + " (looked for " + file + ")");
            }
            files.add(file);
        }
        return files;
    }

    private static Path write(RunResult result, Path outDir) throws IOException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
                .withZone(ZoneOffset.UTC)
                .format(result.startedAt());
        Path dir = outDir.resolve(result.suite()).resolve(stamp + "-" + result.engine());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.json"), Reports.json(result), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.md"), Reports.markdown(result), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), HtmlReport.render(result), StandardCharsets.UTF_8);
        return dir;
    }

    private static void summary(RunResult result, Path dir, PrintStream out) {
        long passed = result.cases().stream().filter(c -> c.passed()).count();
        out.printf(
                Locale.ROOT,
                "%s v%d (%s): %s, %d/%d cases passed, %d ms%n",
                result.suite(),
                result.version(),
                result.engine(),
                result.passed() ? "PASSED" : "FAILED",
                passed,
                result.cases().size(),
                result.millis());
        result.metrics().forEach((name, value) -> out.printf(Locale.ROOT, "  %-22s %.3f%n", name, value));
        for (GateResult gate : result.gates()) {
            out.printf(Locale.ROOT, "  gate %-30s %s%n", gate.gate(), gate.passed() ? "pass" : "FAIL");
        }
        out.println("  report: " + dir.resolve("report.md"));
    }

    private static int baseline(RunResult result, String mode, Path root, PrintStream out) throws IOException {
        Path file = root.resolve("eval").resolve("baselines").resolve(result.suite() + "." + result.engine() + ".json");
        if (mode.equals("write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Baseline.of(result).json(), StandardCharsets.UTF_8);
            out.println("  baseline written: " + file);
            return 0;
        }
        if (!Files.isRegularFile(file)) {
            out.println("  baseline MISSING: " + file + " (write it with --baseline write)");
            return 1;
        }
        List<String> differences = Baseline.parse(Files.readString(file)).differences(result);
        if (differences.isEmpty()) {
            out.println("  baseline matches: " + file);
            return 0;
        }
        out.println("  baseline DIFFERS from " + file + ":");
        differences.forEach(d -> out.println("    " + d));
        return 1;
    }

    private static int list(Path suites, PrintStream out, PrintStream err) {
        List<Path> files;
        try {
            files = SuiteLoader.files(suites);
        } catch (IOException e) {
            err.println("eval: cannot read " + suites + ": " + e.getMessage());
            return 1;
        }
        if (files.isEmpty()) {
            out.println("no suites in " + suites);
            return 0;
        }
        YAMLMapper yaml = new YAMLMapper();
        int status = 0;
        for (Path file : files) {
            try {
                JsonNode suite = yaml.readTree(file.toFile());
                out.printf(
                        "%-32s %4d cases  %s%n",
                        file.getFileName(),
                        suite.path("tests").size(),
                        suite.path("description").asText(""));
            } catch (IOException e) {
                err.println("eval: " + file + ": not valid YAML: " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }
}
