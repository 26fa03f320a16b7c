package dev.interviewcopilot.server.evals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The run reports the eval harness wrote under {@code <runs>/<suite>/<run>/report.json}, read-only. Names are checked
 * against a strict pattern before they touch the file system, so no request can reach outside the directory. A
 * report that cannot be read is left out of the list (and logged), not an error for the whole view.
 */
public final class EvalRuns {
    private static final Logger LOG = Logger.getLogger(EvalRuns.class.getName());
    /** Suite ids and run directory names: what the harness writes, nothing that can climb a directory. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** A larger report is not served: it would be a harness gone wrong, not a run to read in a browser. */
    static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;

    private final Path root;

    public EvalRuns(Path root) {
        this.root = root;
    }

    /**
     * One run, as the list shows it.
     *
     * @param suite the suite id
     * @param run the run's directory name (its start time and engine)
     * @param report the report without its cases
     * @param cases how many cases ran
     * @param failed how many of them failed
     */
    public record Summary(String suite, String run, JsonNode report, int cases, int failed) {}

    /** Every readable run, newest first. */
    public List<Summary> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Summary> runs = new ArrayList<>();
        try (Stream<Path> suites = Files.list(root)) {
            for (Path suite : suites.filter(Files::isDirectory).toList()) {
                if (!NAME.matcher(suite.getFileName().toString()).matches()) {
                    continue;
                }
                try (Stream<Path> dirs = Files.list(suite)) {
                    for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                        String run = dir.getFileName().toString();
                        if (NAME.matcher(run).matches()) {
                            read(suite.getFileName().toString(), run)
                                    .map(r -> summary(r, run))
                                    .ifPresent(runs::add);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list eval runs under " + root, e);
        }
        runs.sort(
                Comparator.comparing((Summary s) -> s.report().path("startedAt").asText())
                        .reversed());
        return runs;
    }

    /** One run's whole report; 404 if there is no such run. */
    public JsonNode report(String suite, String run) {
        return read(suite, run).orElseThrow(() -> new NotFoundException("No eval run " + suite + "/" + run + "."));
    }

    /** The cases of a run as a comparison pairs them. */
    public static List<CaseOutcome> outcomes(JsonNode report) {
        List<CaseOutcome> cases = new ArrayList<>();
        for (JsonNode c : report.path("cases")) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = c.path("metrics").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getValue().isNumber()) {
                    metrics.put(f.getKey(), f.getValue().asDouble());
                }
            }
            cases.add(new CaseOutcome(c.path("id").asText(), c.path("passed").asBoolean(), metrics));
        }
        return cases;
    }

    private Optional<JsonNode> read(String suite, String run) {
        if (!NAME.matcher(suite).matches() || !NAME.matcher(run).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(suite).resolve(run).resolve("report.json");
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_REPORT_BYTES) {
                return Optional.empty();
            }
            JsonNode report = Json.mapper().readTree(file.toFile());
            if (!report.path("suite").asText().equals(suite)
                    || !report.path("cases").isArray()) {
                LOG.warning(() -> "skipping eval report " + file + ": not a run report of suite " + suite);
                return Optional.empty();
            }
            return Optional.of(report);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "skipping unreadable eval report " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Summary summary(JsonNode report, String run) {
        int failed = 0;
        for (JsonNode c : report.path("cases")) {
            failed += c.path("passed").asBoolean() ? 0 : 1;
        }
        int cases = report.path("cases").size();
        ObjectNode head = report.deepCopy();
        head.remove("cases");
        return new Summary(report.path("suite").asText(), run, head, cases, failed);
    }
}
