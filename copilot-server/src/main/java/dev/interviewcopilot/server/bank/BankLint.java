package dev.interviewcopilot.server.bank;

import dev.interviewcopilot.server.compliance.LintFinding;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the protected-topic linter over every piece of text an interviewer may read or say: each item's question,
 * guidance, probes, red flags, rubric and follow-ups, and each scorecard field. Any finding is a bank problem.
 */
final class BankLint {
    private final ProtectedTopicLinter linter;
    private final List<BankProblem> problems = new ArrayList<>();

    private BankLint(ProtectedTopicLinter linter) {
        this.linter = linter;
    }

    static List<BankProblem> run(ProtectedTopicLinter linter, BankContents contents) {
        BankLint lint = new BankLint(linter);
        contents.items().forEach(lint::item);
        contents.scorecardTemplates().forEach(lint::template);
        return lint.problems;
    }

    private void item(Sourced<QuestionItem> sourced) {
        QuestionItem item = sourced.value();
        Checker check = new Checker(sourced.file(), item.id().toString());
        ItemTexts.of(item).forEach(check::text);
    }

    private void template(Sourced<ScorecardTemplate> sourced) {
        Checker check = new Checker(sourced.file(), sourced.value().id());
        for (ScorecardTemplate.Field field : sourced.value().fields()) {
            check.text("field " + field.id() + ".label", field.label());
            field.help().ifPresent(help -> check.text("field " + field.id() + ".help", help));
            check.text("field " + field.id() + ".options", String.join(", ", field.options()));
        }
    }

    private final class Checker {
        private final String file;
        private final String item;

        Checker(String file, String item) {
            this.file = file;
            this.item = item;
        }

        void text(String field, String text) {
            for (LintFinding finding : linter.lint(text)) {
                problems.add(new BankProblem(file, item, field, finding.describe()));
            }
        }
    }
}
