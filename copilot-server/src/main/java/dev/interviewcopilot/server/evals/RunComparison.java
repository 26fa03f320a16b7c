package dev.interviewcopilot.server.evals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two runs of one suite, case by case: which cases broke or were fixed, which exist in only one run, and for
 * {@code pass-rate} and each metric the mean paired difference B - A with a 95% paired-bootstrap interval. The eval
 * command line and the eval reports view both compare with this.
 *
 * @param metrics metric name to the interval of B - A, {@code pass-rate} first
 * @param broke cases that passed in A and fail in B
 * @param fixed cases that failed in A and pass in B
 * @param onlyA cases only A has
 * @param onlyB cases only B has
 */
public record RunComparison(
        Map<String, PairedBootstrap.Interval> metrics,
        List<String> broke,
        List<String> fixed,
        List<String> onlyA,
        List<String> onlyB) {
    public RunComparison {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        broke = List.copyOf(broke);
        fixed = List.copyOf(fixed);
        onlyA = List.copyOf(onlyA);
        onlyB = List.copyOf(onlyB);
    }

    /** Pairs the cases of A and B by id. */
    public static RunComparison of(List<CaseOutcome> a, List<CaseOutcome> b) {
        Map<String, CaseOutcome> byIdA = byId(a);
        Map<String, CaseOutcome> byIdB = byId(b);
        TreeSet<String> names = new TreeSet<>();
        byIdA.values().forEach(c -> names.addAll(c.metrics().keySet()));
        Map<String, List<Double>> differences = new LinkedHashMap<>();
        differences.put("pass-rate", new ArrayList<>());
        names.forEach(n -> differences.put(n, new ArrayList<>()));
        List<String> broke = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        for (Map.Entry<String, CaseOutcome> e : byIdA.entrySet()) {
            CaseOutcome other = byIdB.get(e.getKey());
            if (other == null) {
                onlyA.add(e.getKey());
                continue;
            }
            CaseOutcome mine = e.getValue();
            differences.get("pass-rate").add((other.passed() ? 1.0 : 0.0) - (mine.passed() ? 1.0 : 0.0));
            if (mine.passed() && !other.passed()) {
                broke.add(e.getKey());
            } else if (!mine.passed() && other.passed()) {
                fixed.add(e.getKey());
            }
            for (String name : names) {
                Double x = mine.metrics().get(name);
                Double y = other.metrics().get(name);
                if (x != null && y != null && !x.isNaN() && !y.isNaN()) {
                    differences.get(name).add(y - x);
                }
            }
        }
        List<String> onlyB =
                byIdB.keySet().stream().filter(id -> !byIdA.containsKey(id)).toList();
        Map<String, PairedBootstrap.Interval> metrics = new LinkedHashMap<>();
        differences.forEach((name, d) -> metrics.put(name, PairedBootstrap.of(d, 0.95)));
        return new RunComparison(metrics, broke, fixed, onlyA, onlyB);
    }

    /** Whether B is worse than A beyond doubt: the pass-rate interval lies wholly below zero. */
    public boolean regressed() {
        PairedBootstrap.Interval passRate = metrics.get("pass-rate");
        return passRate.n() > 0 && passRate.high() < 0;
    }

    /** {@code up} or {@code down} when a metric's interval excludes zero, else empty. */
    public static String verdict(PairedBootstrap.Interval i) {
        if (i.n() == 0 || Double.isNaN(i.low())) {
            return "";
        }
        return i.low() > 0 ? "up" : i.high() < 0 ? "down" : "";
    }

    private static Map<String, CaseOutcome> byId(List<CaseOutcome> cases) {
        Map<String, CaseOutcome> byId = new LinkedHashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        return byId;
    }
}
