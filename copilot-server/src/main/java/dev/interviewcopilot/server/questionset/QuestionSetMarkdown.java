package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RedFlag;
import dev.interviewcopilot.server.bank.RubricBand;
import java.util.List;
import java.util.Map;

/** A question set as Markdown: the plan with every question's guidance, the coverage matrix and the gaps. */
final class QuestionSetMarkdown {
    private QuestionSetMarkdown() {}

    static String render(QuestionSetView set) {
        StringBuilder md = new StringBuilder();
        QuestionSetView.PlanView plan = set.plan();
        Map<java.util.UUID, Integer> numbers = ExportNumbers.of(plan);
        md.append("# Interview plan: ").append(inline(ExportNumbers.title(set))).append("\n\n");
        md.append("Version ")
                .append(set.version())
                .append(" of ")
                .append(set.latestVersion())
                .append(" · profile `")
                .append(plan.profile())
                .append("` · ")
                .append(plan.plannedMinutes())
                .append(" of ")
                .append(plan.durationMinutes())
                .append(" minutes planned")
                .append(" · requirements read by the ")
                .append(set.engine().wireName())
                .append(" engine\n\n");
        if (!set.extraction().warnings().isEmpty()) {
            md.append("> **The job description asks for protected traits.** Remove these phrases:\n");
            set.extraction()
                    .warnings()
                    .forEach(w -> md.append("> - ").append(inline(w.describe())).append('\n'));
            md.append('\n');
        }
        plan.notices().forEach(n -> md.append("> ").append(inline(n)).append('\n'));
        if (!plan.notices().isEmpty()) {
            md.append('\n');
        }
        md.append("## Requirements\n\n| Requirement | Importance | Covered by |\n|---|---|---|\n");
        for (CoverageRow row : plan.coverage()) {
            md.append("| ")
                    .append(inline(row.requirement().name()))
                    .append(" | ")
                    .append(row.requirement().importance().wireName())
                    .append(" | ")
                    .append(row.coveredBy().isEmpty() ? "**gap**" : ExportNumbers.labels(row.coveredBy(), numbers))
                    .append(" |\n");
        }
        md.append('\n');
        for (QuestionSetView.StageView stage : plan.stages()) {
            md.append("## ")
                    .append(inline(stage.name()))
                    .append(" (")
                    .append(stage.minutes())
                    .append(" of ")
                    .append(stage.budgetMinutes())
                    .append(" minutes)\n\n");
            for (QuestionSetView.QuestionView q : stage.questions()) {
                question(md, q, numbers.get(q.questionId()));
            }
        }
        if (!plan.gaps().isEmpty()) {
            md.append("## Gaps\n\n");
            for (Gap gap : plan.gaps()) {
                md.append("- `").append(gap.requirement()).append("`: ").append(inline(gap.reason()));
                gap.draft()
                        .ifPresent(d -> md.append(" Drafted question: Q")
                                .append(numbers.get(d))
                                .append('.'));
                md.append('\n');
            }
            md.append('\n');
        }
        md.append(
                set.passesLint()
                        ? "Every question passed the protected-topic linter.\n"
                        : "**" + plan.lint().size() + " protected-topic findings**: review before use.\n");
        return md.toString();
    }

    private static void question(StringBuilder md, QuestionSetView.QuestionView q, int number) {
        QuestionItem item = q.item();
        md.append("### Q")
                .append(number)
                .append(". ")
                .append(inline(item.question()))
                .append("\n\n");
        md.append('*')
                .append(item.type().wireName())
                .append(", ")
                .append(item.minutes())
                .append(" minutes, ")
                .append(item.competency())
                .append('*');
        if (q.source() == QuestionSource.DRAFTED) {
            md.append(" · **drafted, needs review**");
        }
        md.append("\n\n**Evaluates:** ").append(inline(item.evaluates())).append("\n\n");
        md.append("**Why it is here:** ")
                .append(inline(String.join(" ", q.reasons())))
                .append("\n\n");
        md.append("**Key points (model answer)**\n\n");
        for (KeyPoint point : item.keyPoints()) {
            md.append("- ")
                    .append(inline(point.point()))
                    .append(" *Probe:* ")
                    .append(inline(point.probe()))
                    .append('\n');
        }
        md.append("\n**Red flags**\n\n");
        for (RedFlag flag : item.redFlags()) {
            md.append("- ")
                    .append(inline(flag.flag()))
                    .append(" *Sounds like:* \"")
                    .append(inline(flag.soundsLike()))
                    .append("\"\n");
        }
        md.append("\n**Rubric**\n\n| Scores | What it looks like |\n|---|---|\n");
        for (RubricBand band : item.rubric()) {
            md.append("| ")
                    .append(band.scores())
                    .append(" | ")
                    .append(inline(band.descriptor()))
                    .append(" |\n");
        }
        List<String> followUps = item.followUps();
        if (!followUps.isEmpty()) {
            md.append("\n**Follow-ups**\n\n");
            followUps.forEach(f -> md.append("- ").append(inline(f)).append('\n'));
        }
        md.append("\n**Notes**\n\n").append("> \n> \n> \n\n");
    }

    /** Text on one line, with Markdown's own characters kept literal. */
    private static String inline(String text) {
        return text.replace("\r", " ").replace("\n", " ").replaceAll("([\\\\`*_#\\[\\]<>|])", "\\\\$1");
    }
}
