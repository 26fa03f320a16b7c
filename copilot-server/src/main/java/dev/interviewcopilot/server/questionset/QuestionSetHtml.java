package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RedFlag;
import dev.interviewcopilot.server.bank.RubricBand;
import dev.interviewcopilot.server.http.Html;
import java.util.Map;
import java.util.UUID;

/**
 * A question set as a printable, self-contained HTML interview kit: one section per question with what it
 * evaluates, key points, red flags, rubric and ruled space for notes; stages start on a new page; the coverage
 * matrix at the end. No script, no external asset: everything the page needs is in it.
 */
final class QuestionSetHtml {
    private static final String STYLE = """
            body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:52rem;\
            margin:2rem auto;padding:0 1rem}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:2px solid #333;padding-bottom:.2rem;margin-top:2rem}
            .meta{color:#555}.warning{border-left:4px solid #b00;background:#fff4f4;padding:.5rem 1rem}
            .notice{border-left:4px solid #c80;background:#fffaf0;padding:.3rem 1rem}
            .question{border:1px solid #bbb;border-radius:6px;padding:.6rem 1rem;margin:1rem 0;break-inside:avoid-page}
            .question h3{margin:.2rem 0 .4rem}.tag{font-size:.8rem;background:#eee;border-radius:3px;padding:0 .3rem}
            .draft{background:#fde68a}.why{color:#444;font-style:italic}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.25rem .4rem;\
            text-align:left;vertical-align:top}th{background:#f2f2f2}
            .matrix td.hit{text-align:center;font-weight:bold}.gap{color:#b00;font-weight:bold}
            .notes{border:1px solid #999;min-height:7rem;margin-top:.5rem;padding:.3rem;\
            background:repeating-linear-gradient(#fff,#fff 1.7rem,#ccc 1.7rem,#ccc 1.75rem)}
            .stage{break-before:page}.stage:first-of-type{break-before:auto}
            @media print{body{margin:0;max-width:none}.question{border-color:#888}}
            """;

    private QuestionSetHtml() {}

    static String render(QuestionSetView set) {
        QuestionSetView.PlanView plan = set.plan();
        Map<UUID, Integer> numbers = ExportNumbers.of(plan);
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Interview kit: ")
                .append(Html.escape(ExportNumbers.title(set)))
                .append("</title>")
                .append("<style>")
                .append(STYLE)
                .append("</style></head><body>\n");
        h.append("<h1>Interview kit: ")
                .append(Html.escape(ExportNumbers.title(set)))
                .append("</h1>\n");
        h.append("<p class=\"meta\">Version ")
                .append(set.version())
                .append(" · profile ")
                .append(Html.escape(plan.profile()))
                .append(" · ")
                .append(plan.plannedMinutes())
                .append(" of ")
                .append(plan.durationMinutes())
                .append(" minutes planned · requirements read by the ")
                .append(set.engine().wireName())
                .append(" engine</p>\n");
        if (!set.extraction().warnings().isEmpty()) {
            h.append("<div class=\"warning\"><strong>The job description asks for protected traits.</strong><ul>");
            set.extraction()
                    .warnings()
                    .forEach(w ->
                            h.append("<li>").append(Html.escape(w.describe())).append("</li>"));
            h.append("</ul></div>\n");
        }
        plan.notices()
                .forEach(n ->
                        h.append("<p class=\"notice\">").append(Html.escape(n)).append("</p>\n"));
        for (QuestionSetView.StageView stage : plan.stages()) {
            h.append("<section class=\"stage\"><h2>")
                    .append(Html.escape(stage.name()))
                    .append(" <small>(")
                    .append(stage.minutes())
                    .append(" of ")
                    .append(stage.budgetMinutes())
                    .append(" minutes)</small></h2>\n");
            for (QuestionSetView.QuestionView q : stage.questions()) {
                question(h, q, numbers.get(q.questionId()));
            }
            h.append("</section>\n");
        }
        matrix(h, plan, numbers);
        h.append("<p>")
                .append(
                        set.passesLint()
                                ? "Every question passed the protected-topic linter."
                                : plan.lint().size() + " protected-topic findings: review before use.")
                .append("</p>\n</body></html>\n");
        return h.toString();
    }

    private static void question(StringBuilder h, QuestionSetView.QuestionView q, int number) {
        QuestionItem item = q.item();
        h.append("<article class=\"question\"><h3>Q")
                .append(number)
                .append(". ")
                .append(Html.escape(item.question()))
                .append("</h3>\n<p><span class=\"tag\">")
                .append(Html.escape(item.type().wireName()))
                .append("</span> ")
                .append("<span class=\"tag\">")
                .append(item.minutes())
                .append(" min</span> ")
                .append("<span class=\"tag\">")
                .append(Html.escape(item.competency()))
                .append("</span>");
        if (q.source() == QuestionSource.DRAFTED) {
            h.append(" <span class=\"tag draft\">drafted, needs review</span>");
        }
        h.append("</p>\n<p><strong>Evaluates:</strong> ")
                .append(Html.escape(item.evaluates()))
                .append("</p>\n");
        h.append("<p class=\"why\">")
                .append(Html.escape(String.join(" ", q.reasons())))
                .append("</p>\n");
        h.append("<h4>Key points (model answer)</h4><ul>");
        for (KeyPoint p : item.keyPoints()) {
            h.append("<li>")
                    .append(Html.escape(p.point()))
                    .append(" <em>Probe: ")
                    .append(Html.escape(p.probe()))
                    .append("</em></li>");
        }
        h.append("</ul>\n<h4>Red flags</h4><ul>");
        for (RedFlag f : item.redFlags()) {
            h.append("<li>")
                    .append(Html.escape(f.flag()))
                    .append(" <em>Sounds like: “")
                    .append(Html.escape(f.soundsLike()))
                    .append("”</em></li>");
        }
        h.append("</ul>\n<h4>Rubric</h4><table><tr><th>Scores</th><th>What it looks like</th></tr>");
        for (RubricBand band : item.rubric()) {
            h.append("<tr><td>")
                    .append(Html.escape(band.scores()))
                    .append("</td><td>")
                    .append(Html.escape(band.descriptor()))
                    .append("</td></tr>");
        }
        h.append("</table>\n");
        if (!item.followUps().isEmpty()) {
            h.append("<h4>Follow-ups</h4><ul>");
            item.followUps()
                    .forEach(f -> h.append("<li>").append(Html.escape(f)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append("<h4>Notes</h4><div class=\"notes\" aria-label=\"Notes for Q")
                .append(number)
                .append("\"></div></article>\n");
    }

    private static void matrix(StringBuilder h, QuestionSetView.PlanView plan, Map<UUID, Integer> numbers) {
        h.append("<section><h2>Coverage</h2><table class=\"matrix\"><tr><th>Requirement</th><th>Importance</th>");
        numbers.values().forEach(n -> h.append("<th>Q").append(n).append("</th>"));
        h.append("</tr>\n");
        for (CoverageRow row : plan.coverage()) {
            h.append("<tr><td>").append(Html.escape(row.requirement().name()));
            if (row.coveredBy().isEmpty()) {
                h.append(" <span class=\"gap\">gap</span>");
            }
            h.append("</td><td>")
                    .append(Html.escape(row.requirement().importance().wireName()))
                    .append("</td>");
            numbers.keySet()
                    .forEach(id -> h.append(row.coveredBy().contains(id) ? "<td class=\"hit\">✓</td>" : "<td></td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (!plan.gaps().isEmpty()) {
            h.append("<h3>Gaps</h3><ul>");
            for (Gap gap : plan.gaps()) {
                h.append("<li><code>")
                        .append(Html.escape(gap.requirement()))
                        .append("</code>: ")
                        .append(Html.escape(gap.reason()));
                gap.draft()
                        .ifPresent(d -> h.append(" Drafted question: Q")
                                .append(numbers.get(d))
                                .append('.'));
                h.append("</li>");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }
}
