package dev.interviewcopilot.eval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.interviewcopilot.eval.run.RunResult;
import dev.interviewcopilot.server.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a suite's run on a deterministic engine is expected to give: its aggregate metrics and which cases pass.
 * Committed under {@code eval/baselines/}, so a change that moves any number shows in review and fails the check
 * until the baseline is rewritten on purpose.
 *
 * @param suite the suite id
 * @param version the suite version it was recorded for
 * @param engine the engine it was recorded with
 * @param metrics the aggregate metrics
 * @param cases for each case id, whether it passed
 */
public record Baseline(
        String suite, int version, String engine, Map<String, Double> metrics, Map<String, Boolean> cases) {
    /** Numbers closer than this are equal: runs are deterministic, the tolerance only absorbs printing. */
    private static final double TOLERANCE = 1e-9;

    public static Baseline of(RunResult run) {
        Map<String, Boolean> cases = new TreeMap<>();
        run.cases().forEach(c -> cases.put(c.id(), c.passed()));
        return new Baseline(run.suite(), run.version(), run.engine(), new TreeMap<>(run.metrics()), cases);
    }

    public static Baseline parse(String json) {
        try {
            return Json.mapper().readValue(json, Baseline.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a baseline: " + e.getOriginalMessage(), e);
        }
    }

    public String json() {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a run differs from this baseline, one line per difference; empty when it matches. */
    public List<String> differences(RunResult run) {
        List<String> differences = new ArrayList<>();
        if (run.version() != version) {
            differences.add("suite version " + run.version() + " but the baseline is for version " + version);
        }
        Map<String, Double> now = run.metrics();
        for (String metric : union(metrics.keySet(), now.keySet())) {
            Double was = metrics.get(metric);
            Double is = now.get(metric);
            if (was == null || is == null || Math.abs(was - is) > TOLERANCE) {
                differences.add(String.format(Locale.ROOT, "%s: %s -> %s", metric, show(was), show(is)));
            }
        }
        Map<String, Boolean> outcomes = new TreeMap<>();
        run.cases().forEach(c -> outcomes.put(c.id(), c.passed()));
        for (String id : union(cases.keySet(), outcomes.keySet())) {
            if (!Objects.equals(cases.get(id), outcomes.get(id))) {
                differences.add(id + ": " + outcome(cases.get(id)) + " -> " + outcome(outcomes.get(id)));
            }
        }
        return differences;
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String show(Double value) {
        return value == null ? "absent" : String.format(Locale.ROOT, "%.6f", value);
    }

    private static String outcome(Boolean passed) {
        return passed == null ? "absent" : passed ? "pass" : "fail";
    }
}
