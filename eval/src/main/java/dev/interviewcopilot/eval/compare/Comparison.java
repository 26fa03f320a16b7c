package dev.interviewcopilot.eval.compare;

import dev.interviewcopilot.eval.run.RunResult;
import dev.interviewcopilot.server.evals.CaseOutcome;
import dev.interviewcopilot.server.evals.PairedBootstrap;
import dev.interviewcopilot.server.evals.RunComparison;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two runs of one suite compared case by case ({@link RunComparison}), as the Markdown {@code eval compare} prints.
 */
public final class Comparison {
    private final RunResult a;
    private final RunResult b;
    private final RunComparison comparison;

    public Comparison(RunResult a, RunResult b) {
        if (!a.suite().equals(b.suite())) {
            throw new IllegalArgumentException("runs of different suites: " + a.suite() + " and " + b.suite());
        }
        this.a = a;
        this.b = b;
        this.comparison = RunComparison.of(outcomes(a), outcomes(b));
    }

    /** Whether B is worse than A beyond doubt: the pass-rate interval lies wholly below zero. */
    public boolean regressed() {
        return comparison.regressed();
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
        for (Map.Entry<String, PairedBootstrap.Interval> e :
                comparison.metrics().entrySet()) {
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
        list(md, "Broke (passed in A, fail in B)", comparison.broke());
        list(md, "Fixed (failed in A, pass in B)", comparison.fixed());
        list(md, "Only in A", comparison.onlyA());
        list(md, "Only in B", comparison.onlyB());
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
        String verdict = RunComparison.verdict(i);
        return verdict.isEmpty() ? "" : " " + verdict;
    }

    private static List<CaseOutcome> outcomes(RunResult run) {
        return run.cases().stream()
                .map(c -> new CaseOutcome(c.id(), c.passed(), c.metrics()))
                .toList();
    }

    private static String number(Double value) {
        return value == null || value.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String signed(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+.3f", value);
    }
}
