package dev.interviewcopilot.eval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.run.GateResult;
import dev.interviewcopilot.eval.run.RunResult;
import dev.interviewcopilot.server.http.Json;
import java.util.Locale;
import java.util.Map;

/**
 * A run as JSON (everything, for machines and comparisons) and as Markdown (for people and CI summaries); {@link
 * HtmlReport} renders the page.
 */
public final class Reports {
    private Reports() {}

    public static String json(RunResult run) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(run) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report of " + run.suite(), e);
        }
    }

    public static String markdown(RunResult run) {
        StringBuilder md = new StringBuilder();
        md.append("# Eval run: ")
                .append(run.suite())
                .append(" v")
                .append(run.version())
                .append(" (")
                .append(run.engine())
                .append(")\n\n");
        md.append(run.description()).append("\n\n");
        long passed = run.cases().stream().filter(CaseResult::passed).count();
        md.append("**")
                .append(run.passed() ? "PASSED" : "FAILED")
                .append("**: ")
                .append(passed)
                .append(" of ")
                .append(run.cases().size())
                .append(" cases passed; started ")
                .append(run.startedAt())
                .append(", took ")
                .append(run.millis())
                .append(" ms.\n\n");
        md.append("| Metric | Value |\n|---|---|\n");
        for (Map.Entry<String, Double> m : run.metrics().entrySet()) {
            md.append("| ")
                    .append(m.getKey())
                    .append(" | ")
                    .append(number(m.getValue()))
                    .append(" |\n");
        }
        if (!run.gates().isEmpty()) {
            md.append("\n| Gate | Value | |\n|---|---|---|\n");
            for (GateResult g : run.gates()) {
                md.append("| `")
                        .append(g.gate())
                        .append("` | ")
                        .append(number(g.value()))
                        .append(" | ")
                        .append(g.passed() ? "pass" : "**FAIL**")
                        .append(" |\n");
            }
        }
        md.append("\n## Cases\n\n| Case | Result | Detail |\n|---|---|---|\n");
        for (CaseResult c : run.cases()) {
            StringBuilder detail = new StringBuilder();
            for (CheckResult check : c.checks()) {
                if (detail.length() > 0) {
                    detail.append("; ");
                }
                detail.append(check.type()).append(": ").append(check.message());
            }
            md.append("| ")
                    .append(c.id())
                    .append(" ")
                    .append(cell(c.description()))
                    .append(" | ")
                    .append(c.passed() ? "pass" : "**fail**")
                    .append(" | ")
                    .append(cell(detail.toString()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
