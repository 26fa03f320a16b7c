package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.bank.RubricBand;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.llm.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the model's note drafts by code: criteria exist and fit their observation, every quote is a verbatim span
 * of the transcript (located here, not trusted), rubric bands exist, no criterion gets two notes, and nothing the
 * interviewer reads touches a protected topic. Quotes carrying protected details the candidate volunteered are
 * withheld rather than repaired: they are true, just not the interviewer's business. Problems are phrased for the
 * model's one repair round.
 */
final class NoteReplies {
    private final QuestionItem item;
    private final Transcript transcript;
    private final ProtectedTopicLinter linter;
    private final boolean suggestBands;

    /** The checked drafts. */
    record Checked(List<NoteDraft> notes, List<String> openQuestions, int withheldQuotes) {}

    NoteReplies(QuestionItem item, Transcript transcript, ProtectedTopicLinter linter, boolean suggestBands) {
        this.item = item;
        this.transcript = transcript;
        this.linter = linter;
        this.suggestBands = suggestBands;
    }

    Validation<Checked> check(JsonNode reply) {
        List<String> problems = new ArrayList<>();
        List<NoteDraft> notes = new ArrayList<>();
        Set<NoteCriterion> seen = new HashSet<>();
        int withheld = 0;
        JsonNode array = reply.path("notes");
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String label = "note " + (i + 1);
            int before = problems.size();
            Optional<NoteCriterion> criterion = criterion(node.path("criterion"), label, problems);
            Optional<Observation> observation =
                    Observation.named(node.path("observation").asText(""));
            if (observation.isEmpty()) {
                problems.add(label + ": observation must be shown, partly-shown or red-flag-observed");
            } else if (criterion.isPresent()
                    && !observation.get().fits(criterion.get().kind())) {
                problems.add(label + ": a " + criterion.get().kind().wireName() + " criterion cannot be '"
                        + observation.get().wireName() + "'; red-flag-observed is for red flags only");
            }
            if (criterion.isPresent() && !seen.add(criterion.get())) {
                problems.add(label + " is about " + criterion.get().kind().wireName() + " '"
                        + criterion.get().id() + "' like an earlier note; write one note per criterion");
            }
            String summary = node.path("summary").asText("").strip();
            linter.lint(summary)
                    .forEach(f -> problems.add(label + ": the summary touches the protected topic '" + f.topicName()
                            + "'; describe only the work"));
            Optional<String> band = band(node.path("rubricBand"), label, problems);
            List<Evidence> evidence = new ArrayList<>();
            JsonNode quotes = node.path("evidence");
            for (int q = 0; q < quotes.size(); q++) {
                Optional<Evidence> located = evidence(quotes.get(q), label + ", quote " + (q + 1), problems);
                if (located.isPresent() && !linter.lint(located.get().quote()).isEmpty()) {
                    withheld++;
                } else {
                    located.ifPresent(evidence::add);
                }
            }
            if (problems.size() == before && !evidence.isEmpty()) {
                notes.add(new NoteDraft(
                        criterion.orElseThrow(),
                        observation.orElseThrow(),
                        summary,
                        evidence,
                        suggestBands ? band : Optional.empty()));
            }
        }
        List<String> open = new ArrayList<>();
        JsonNode questions = reply.path("openQuestions");
        for (int i = 0; i < questions.size(); i++) {
            String question = questions.get(i).asText("").strip();
            if (linter.lint(question).isEmpty()) {
                open.add(question);
            } else {
                problems.add("open question " + (i + 1) + " touches a protected topic; ask only about the work");
            }
        }
        return problems.isEmpty() ? Validation.valid(new Checked(notes, open, withheld)) : Validation.invalid(problems);
    }

    private Optional<NoteCriterion> criterion(JsonNode node, String label, List<String> problems) {
        Optional<NoteCriterion.Kind> kind =
                NoteCriterion.Kind.named(node.path("kind").asText(""));
        String id = node.path("id").asText("").strip();
        if (kind.isEmpty()) {
            problems.add(label + ": criterion.kind must be key-point or red-flag");
            return Optional.empty();
        }
        List<String> ids = kind.get() == NoteCriterion.Kind.KEY_POINT
                ? item.keyPoints().stream().map(p -> p.id()).toList()
                : item.redFlags().stream().map(f -> f.id()).toList();
        if (!ids.contains(id)) {
            problems.add(label + " cites " + kind.get().wireName() + " '" + id
                    + "', which is not in the reference; use one of " + ids);
            return Optional.empty();
        }
        return Optional.of(new NoteCriterion(kind.get(), id));
    }

    private Optional<String> band(JsonNode node, String label, List<String> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        List<String> bands = item.rubric().stream().map(RubricBand::scores).toList();
        if (!bands.contains(node.asText())) {
            problems.add(label + ": rubricBand '" + node.asText() + "' is not one of " + bands);
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /** The quote located in its segment; a quote found word for word in one other segment is re-attributed. */
    private Optional<Evidence> evidence(JsonNode node, String label, List<String> problems) {
        String segment = node.path("segment").asText("");
        String quote = node.path("quote").asText("");
        Optional<Evidence> located = transcript.locate(segment, quote);
        if (located.isPresent()) {
            return located;
        }
        List<String> holding = transcript.segmentsHolding(quote);
        if (holding.size() == 1) {
            return transcript.locate(holding.get(0), quote);
        }
        problems.add(label
                + (transcript.has(segment)
                        ? " is not in segment " + segment
                        : " cites segment '" + segment + "', which does not exist")
                + " word for word; copy the candidate's words exactly, without changing, shortening or joining them");
        return Optional.empty();
    }
}
