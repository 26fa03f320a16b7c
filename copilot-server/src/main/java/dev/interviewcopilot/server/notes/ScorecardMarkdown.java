package dev.interviewcopilot.server.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.assist.Evidence;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.ScorecardTemplate;
import java.util.ArrayList;
import java.util.List;

/** The Markdown export of a scorecard: the form page by page, the confirmed notes, the signature and amendments. */
final class ScorecardMarkdown {
    private ScorecardMarkdown() {}

    static String render(ScorecardTemplate template, ScorecardView view, QuestionBank bank) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(template.name()).append("\n\n");
        md.append("- Interview: `").append(view.interviewId()).append("`\n");
        md.append("- Status: ")
                .append(view.status().wireName())
                .append(" (version ")
                .append(view.version());
        md.append(")\n");
        md.append("- ").append(view.advisory()).append("\n\n");
        for (ScorecardTemplate.Page page : template.pages()) {
            md.append("## ").append(escape(page.title())).append("\n\n");
            for (ScorecardTemplate.Section section : page.sections()) {
                md.append("### ").append(escape(section.title())).append("\n\n");
                for (ScorecardTemplate.Field field : section.fields()) {
                    md.append("**").append(escape(field.label())).append("**");
                    md.append(field.required() ? " (required)" : "").append("\n\n");
                    md.append(value(view.values().get(field.id()))).append("\n\n");
                }
            }
        }
        md.append("## Confirmed notes\n\n");
        if (view.confirmedNotes().isEmpty()) {
            md.append("None.\n\n");
        }
        for (NoteViews.NoteView note : view.confirmedNotes()) {
            String question = bank.item(note.questionId())
                    .map(i -> i.question())
                    .orElse(note.questionId().toString());
            md.append("- **")
                    .append(escape(note.criterionText().orElse(note.criterion().id())))
                    .append("** (")
                    .append(note.observation().wireName())
                    .append(", on \"")
                    .append(escape(question))
                    .append("\"): ")
                    .append(escape(note.text().orElse(note.draftText())))
                    .append(note.edited() ? " _(edited by the interviewer)_" : "")
                    .append("\n");
            for (Evidence e : note.evidence()) {
                md.append("  - > ")
                        .append(escape(e.quote()))
                        .append(" (")
                        .append(e.segmentId())
                        .append(")\n");
            }
        }
        md.append("\n## Signature\n\n");
        view.signature()
                .ifPresentOrElse(
                        s -> md.append("Signed by ")
                                .append(escape(s.signedBy()))
                                .append(" at ")
                                .append(s.signedAt())
                                .append(".\n\nContent hash: `")
                                .append(s.contentHash())
                                .append("`\n"),
                        () -> md.append("Not submitted.\n"));
        if (!view.amendments().isEmpty()) {
            md.append("\n## Amendments\n\n");
            for (Scorecard.Amendment a : view.amendments()) {
                List<String> fields = new ArrayList<>();
                a.values().fieldNames().forEachRemaining(fields::add);
                md.append(a.seq())
                        .append(". ")
                        .append(escape(a.reason()))
                        .append(": changed ")
                        .append(String.join(", ", fields))
                        .append("; signed by ")
                        .append(escape(a.signature().signedBy()))
                        .append(" at ")
                        .append(a.signature().signedAt())
                        .append(" (`")
                        .append(a.signature().contentHash())
                        .append("`)\n");
            }
        }
        return md.toString();
    }

    private static String value(JsonNode value) {
        if (value == null || value.isNull()) {
            return "_(empty)_";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(escape(v.asText())));
            return String.join(", ", items);
        }
        return escape(value.asText());
    }

    /** Keeps user text from becoming Markdown structure or HTML. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replaceAll("([*_`#\\[\\]|])", "\\\\$1")
                .replace("\r", "")
                .replace("\n", " ");
    }
}
