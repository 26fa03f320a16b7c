package dev.interviewcopilot.eval.compare;

import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.run.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two runs of one suite, case by case: which cases broke or were fixed, which exist in only one run, and for each
 * metric (and pass-rate) the mean paired difference B - A with a 95% paired-bootstrap interval.
 */
public final class Comparison {
    private final RunResult a;
    private final RunResult b;
    private final Map<String, PairedBootstrap.Interval> metrics = new LinkedHashMap<>();
    private final List<String> broke = new ArrayList<>();
    private final List<String> fixed = new ArrayList<>();
    private final List<String> onlyA = new ArrayList<>();
    private final List<String> onlyB = new ArrayList<>();

    public Comparison(RunResult a, RunResult b) {
        if (!a.suite().equals(b.suite())) {
            throw new IllegalArgumentException("runs of different suites: " + a.suite() + " and " + b.suite());
        }
        this.a = a;
        this.b = b;
        Map<String, CaseResult> byIdA = byId(a);
        Map<String, CaseResult> byIdB = byId(b);
        TreeSet<String> names = new TreeSet<>();
        byIdA.values().forEach(c -> names.addAll(c.metrics().keySet()));
        Map<String, List<Double>> differences = new LinkedHashMap<>();
        differences.put("pass-rate", new ArrayList<>());
        names.forEach(n -> differences.put(n, new ArrayList<>()));
        for (Map.Entry<String, CaseResult> e : byIdA.entrySet()) {
            CaseResult other = byIdB.get(e.getKey());
            if (other == null) {
                onlyA.add(e.getKey());
                continue;
            }
            CaseResult mine = e.getValue();
            differences.get("pass-rate").add((other.passed() ? 1.0 : 0.0) - (mine.passed() ? 1.0 : 0.0));
            if (mine.passed() && !other.passed()) {
                broke.add(e.getKey());
            } else if (!mine.passed() && other.passed()) {
                fixed.add(e.getKey());
            }
            for (String name : names) {
                Double x = mine.metrics().get(name);
                Double y = other.metrics().get(name);
                if (x != null && y != null) {
                    differences.get(name).add(y - x);
                }
            }
        }
        byIdB.keySet().stream().filter(id -> !byIdA.containsKey(id)).forEach(onlyB::add);
        differences.forEach((name, d) -> metrics.put(name, PairedBootstrap.of(d, 0.95)));
    }

    /** Whether B is worse than A beyond doubt: the pass-rate interval lies wholly below zero. */
    public boolean regressed() {
        PairedBootstrap.Interval passRate = metrics.get("pass-rate");
        return passRate.n() > 0 && passRate.high() < 0;
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Eval comparison: ").append(a.suite()).append("\n\n");
        md.append("- A: v")
                .append(a.version())
                .append(", ")
                .append(a.engine())
                .append(", ")
                .append(a.startedAt())
                .append('\n');
        md.append("- B: v")
                .append(b.version())
                .append(", ")
                .append(b.engine())
                .append(", ")
                .append(b.startedAt())
                .append('\n');
        if (a.version() != b.version()) {
            md.append(
                    "- Different suite versions: cases are paired by id; a case whose meaning changed has a new id.\n");
        }
        md.append("\n| Metric | A | B | B - A | 95% interval | Paired cases |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<String, PairedBootstrap.Interval> e : metrics.entrySet()) {
            PairedBootstrap.Interval i = e.getValue();
            md.append("| ")
                    .append(e.getKey())
                    .append(" | ")
                    .append(number(a.metrics().get(e.getKey())))
                    .append(" | ")
                    .append(number(b.metrics().get(e.getKey())))
                    .append(" | ")
                    .append(signed(i.mean()))
                    .append(" | [")
                    .append(signed(i.low()))
                    .append(", ")
                    .append(signed(i.high()))
                    .append("]")
                    .append(verdict(i))
                    .append(" | ")
                    .append(i.n())
                    .append(" |\n");
        }
        md.append('\n');
        list(md, "Broke (passed in A, fail in B)", broke);
        list(md, "Fixed (failed in A, pass in B)", fixed);
        list(md, "Only in A", onlyA);
        list(md, "Only in B", onlyB);
        md.append(regressed() ? "**B regresses on pass-rate.**\n" : "No significant regression in pass-rate.\n");
        return md.toString();
    }

    private static void list(StringBuilder md, String title, List<String> ids) {
        md.append("**")
                .append(title)
                .append("**: ")
                .append(ids.isEmpty() ? "none" : String.join(", ", ids))
                .append("\n\n");
    }

    private static String verdict(PairedBootstrap.Interval i) {
        if (i.n() == 0 || Double.isNaN(i.low())) {
            return "";
        }
        return i.low() > 0 ? " up" : i.high() < 0 ? " down" : "";
    }

    private static Map<String, CaseResult> byId(RunResult run) {
        Map<String, CaseResult> byId = new LinkedHashMap<>();
        run.cases().forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    private static String number(Double value) {
        return value == null || value.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String signed(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+.3f", value);
    }
}
