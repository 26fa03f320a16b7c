package dev.interviewcopilot.eval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.run.GateResult;
import dev.interviewcopilot.eval.run.RunResult;
import dev.interviewcopilot.server.http.Html;
import dev.interviewcopilot.server.http.Json;
import java.util.Locale;
import java.util.Map;

/**
 * A run as one self-contained HTML page: the verdict, a bar chart of the metrics (inline SVG), the gates, and every
 * case with its assertions and, folded, its output. No script and no external asset, so it opens anywhere, from a
 * CI artifact or an e-mail.
 */
public final class HtmlReport {
    private static final int BAR_WIDTH = 320;
    private static final int ROW = 22;
    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:60rem;\
            margin:2rem auto;padding:0 1rem}
            h1{font-size:1.5rem}.pass{color:#176b2c;font-weight:600}.fail{color:#b00020;font-weight:600}
            table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;\
            text-align:left;vertical-align:top}th{background:#f3f3f3}
            details pre{white-space:pre-wrap;background:#f7f7f7;padding:.5rem;max-height:20rem;overflow:auto}
            svg text{font:12px system-ui,sans-serif}
            """;

    private HtmlReport() {}

    public static String render(RunResult run) {
        StringBuilder h = new StringBuilder(32_768);
        String title = "Eval run: " + run.suite() + " v" + run.version() + " (" + run.engine() + ")";
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(Html.escape(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(Html.escape(title))
                .append("</h1>\n<p>")
                .append(Html.escape(run.description()))
                .append("</p>\n");
        long passed = run.cases().stream().filter(CaseResult::passed).count();
        h.append("<p class=\"")
                .append(run.passed() ? "pass" : "fail")
                .append("\">")
                .append(run.passed() ? "PASSED" : "FAILED")
                .append(": ")
                .append(passed)
                .append(" of ")
                .append(run.cases().size())
                .append(" cases passed</p><p>Started ")
                .append(run.startedAt())
                .append(", took ")
                .append(run.millis())
                .append(" ms.</p>\n");
        chart(h, run.metrics());
        if (!run.gates().isEmpty()) {
            h.append("<h2>Gates</h2><table><tr><th>Gate</th><th>Value</th><th>Result</th></tr>");
            for (GateResult g : run.gates()) {
                h.append("<tr><td><code>")
                        .append(Html.escape(g.gate()))
                        .append("</code></td><td>")
                        .append(number(g.value()))
                        .append("</td><td class=\"")
                        .append(g.passed() ? "pass\">pass" : "fail\">FAIL")
                        .append("</td></tr>");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Cases</h2><table><tr><th>Case</th><th>Result</th><th>Assertions</th><th>Metrics</th></tr>\n");
        for (CaseResult c : run.cases()) {
            h.append("<tr><td><strong>")
                    .append(Html.escape(c.id()))
                    .append("</strong><br>")
                    .append(Html.escape(c.description()))
                    .append("</td><td class=\"")
                    .append(c.passed() ? "pass\">pass" : "fail\">fail")
                    .append("</td><td><ul>");
            for (CheckResult check : c.checks()) {
                h.append("<li>")
                        .append(check.passed() ? "&#10003; " : "&#10007; ")
                        .append(Html.escape(check.type()))
                        .append(": ")
                        .append(Html.escape(check.message()))
                        .append("</li>");
            }
            h.append("</ul><details><summary>Output</summary><pre>")
                    .append(Html.escape(pretty(c)))
                    .append("</pre></details></td><td>");
            c.metrics().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(m -> h.append(Html.escape(m.getKey()))
                            .append(" ")
                            .append(number(m.getValue()))
                            .append("<br>"));
            h.append("</td></tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    /** Horizontal bars for the metrics on a 0-1 scale; other metrics are listed as numbers. */
    private static void chart(StringBuilder h, Map<String, Double> metrics) {
        int height = ROW * metrics.size() + 10;
        h.append("<h2>Metrics</h2><svg role=\"img\" aria-label=\"Metrics\" width=\"")
                .append(BAR_WIDTH + 260)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(BAR_WIDTH + 260)
                .append(' ')
                .append(height)
                .append("\">");
        int y = 5;
        for (Map.Entry<String, Double> m : metrics.entrySet()) {
            double v = m.getValue();
            boolean unit = v >= 0 && v <= 1;
            h.append("<text x=\"0\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(Html.escape(m.getKey()))
                    .append("</text>");
            h.append("<rect x=\"170\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(BAR_WIDTH)
                    .append("\" height=\"14\" fill=\"#eee\"/>");
            if (unit) {
                h.append("<rect x=\"170\" y=\"")
                        .append(y + 3)
                        .append("\" width=\"")
                        .append(Math.round(v * BAR_WIDTH))
                        .append("\" height=\"14\" fill=\"#3b6fb6\"/>");
            }
            h.append("<text x=\"")
                    .append(180 + BAR_WIDTH)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(number(v))
                    .append("</text>");
            y += ROW;
        }
        h.append("</svg>\n");
    }

    private static String pretty(CaseResult c) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(c.output());
        } catch (JsonProcessingException e) {
            return String.valueOf(c.output());
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
