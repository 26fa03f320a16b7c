package dev.interviewcopilot.eval.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.suite.Case;
import dev.interviewcopilot.eval.suite.Check;
import dev.interviewcopilot.server.assist.AnswerSegment;
import dev.interviewcopilot.server.assist.Caller;
import dev.interviewcopilot.server.assist.Evidence;
import dev.interviewcopilot.server.assist.NoteDraft;
import dev.interviewcopilot.server.assist.NoteDrafter;
import dev.interviewcopilot.server.assist.NoteDrafts;
import dev.interviewcopilot.server.assist.NoteRequest;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Note drafting: each case's {@code answer} to the bank item {@code question} goes through the service's own note
 * drafter. Assertions:
 *
 * <ul>
 *   <li>{@code notes-cover}: a list of {@code key-point:<id>} / {@code red-flag:<id>} the answer shows; every one
 *       needs a draft note on it ({@code criterion-recall} is the share that has one);
 *   <li>{@code evidence-verbatim}: every quote of every note is the answer's own words at the offsets it claims,
 *       checked here again rather than trusted ({@code verbatim});
 *   <li>{@code no-ai-rating}: no note carries a suggested band, as advisory mode requires ({@code ai-rating});
 *   <li>{@code no-protected-topic}: no note's summary is flagged by the linter.
 * </ul>
 */
public final class NotesTarget implements Target {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller CALLER = Caller.of("eval");
    private static final String SEGMENT = "s1";

    private final QuestionBank bank;
    private final NoteDrafter drafter;
    private final ProtectedTopicLinter linter;

    public NotesTarget(QuestionBank bank, NoteDrafter drafter, ProtectedTopicLinter linter) {
        this.bank = bank;
        this.drafter = drafter;
        this.linter = linter;
    }

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("notes-cover", "evidence-verbatim", "no-ai-rating", "no-protected-topic");
    }

    @Override
    public Optional<String> problem(Check check) {
        if (!check.type().equals("notes-cover")) {
            return Optional.empty();
        }
        if (!check.value().isArray() || check.value().isEmpty()) {
            return Optional.of("must list the key-point:<id> and red-flag:<id> criteria the answer shows");
        }
        for (JsonNode c : check.value()) {
            if (!ItemRefs.CRITERION.matcher(c.asText("")).matches()) {
                return Optional.of("'" + c.asText() + "' is not key-point:<id> or red-flag:<id>");
            }
        }
        return Optional.empty();
    }

    @Override
    public CaseResult run(Case testCase) {
        long started = System.nanoTime();
        QuestionItem item = ItemRefs.item(bank, testCase.vars().path("question").asText(""));
        String answer = testCase.vars().path("answer").asText("");
        NoteDrafts drafts = drafter.draft(new NoteRequest(item, List.of(new AnswerSegment(SEGMENT, answer)), CALLER));
        ObjectNode output = JSON.createObjectNode();
        write(drafts, output);
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<CheckResult> checks = new ArrayList<>();
        for (Check check : testCase.checks()) {
            checks.add(
                    switch (check.type()) {
                        case "notes-cover" -> cover(check, item, drafts, metrics);
                        case "evidence-verbatim" -> verbatim(answer, drafts, metrics);
                        case "no-ai-rating" -> unrated(drafts, metrics);
                        default -> {
                            long flagged = drafts.notes().stream()
                                    .filter(n -> !linter.lint(n.summary()).isEmpty())
                                    .count();
                            metrics.put("protected-topic", flagged > 0 ? 1.0 : 0.0);
                            yield new CheckResult(
                                    check.type(),
                                    flagged == 0,
                                    flagged == 0 ? "no note flagged" : flagged + " notes flagged");
                        }
                    });
        }
        metrics.put("notes", (double) drafts.notes().size());
        return CaseResult.judged(testCase, checks, metrics, output, started);
    }

    private static CheckResult cover(Check check, QuestionItem item, NoteDrafts drafts, Map<String, Double> metrics) {
        List<String> missing = new ArrayList<>();
        int expected = 0;
        for (JsonNode c : check.value()) {
            String wanted = c.asText();
            expected++;
            boolean known = ItemRefs.inItem(item, wanted);
            if (!known || drafts.notes().stream().noneMatch(n -> criterion(n).equals(wanted))) {
                missing.add(known ? wanted : wanted + " (not in item " + item.id() + ")");
            }
        }
        metrics.put("criterion-recall", expected == 0 ? 0 : (double) (expected - missing.size()) / expected);
        return new CheckResult(
                check.type(),
                missing.isEmpty(),
                missing.isEmpty() ? "every criterion has a note" : "no note on " + String.join(", ", missing));
    }

    private static CheckResult verbatim(String answer, NoteDrafts drafts, Map<String, Double> metrics) {
        List<String> wrong = new ArrayList<>();
        for (NoteDraft n : drafts.notes()) {
            for (Evidence e : n.evidence()) {
                boolean exact = e.segmentId().equals(SEGMENT)
                        && e.start() >= 0
                        && e.end() <= answer.length()
                        && e.start() < e.end()
                        && answer.substring(e.start(), e.end()).equals(e.quote());
                if (!exact) {
                    wrong.add("\"" + e.quote() + "\"");
                }
            }
        }
        metrics.put("verbatim", wrong.isEmpty() ? 1.0 : 0.0);
        return new CheckResult(
                "evidence-verbatim",
                wrong.isEmpty(),
                wrong.isEmpty()
                        ? "every quote is the answer's own words"
                        : "not verbatim: " + String.join(", ", wrong));
    }

    /** The engine and the notes, into a case's output. */
    static void write(NoteDrafts drafts, ObjectNode output) {
        output.put("notes-engine", drafts.provenance().engine().wireName());
        ArrayNode notes = output.putArray("notes");
        for (NoteDraft n : drafts.notes()) {
            ObjectNode note = notes.addObject().put("criterion", criterion(n)).put("summary", n.summary());
            n.evidence().forEach(e -> note.withArray("quotes").add(e.quote()));
            n.suggestedBand().ifPresent(b -> note.put("suggestedBand", b));
        }
    }

    /** {@code no-ai-rating}: in advisory mode no note suggests a rubric band; counts towards {@code ai-rating}. */
    static CheckResult unrated(NoteDrafts drafts, Map<String, Double> metrics) {
        long rated = drafts.notes().stream()
                .filter(n -> n.suggestedBand().isPresent())
                .count();
        metrics.put("ai-rating", rated > 0 ? 1.0 : 0.0);
        return new CheckResult("no-ai-rating", rated == 0, rated == 0 ? "no rating suggested" : rated + " notes rated");
    }

    static String criterion(NoteDraft n) {
        return ItemRefs.ref(n.criterion());
    }
}
