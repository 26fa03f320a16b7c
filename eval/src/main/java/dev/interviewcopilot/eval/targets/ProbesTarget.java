package dev.interviewcopilot.eval.targets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.suite.Case;
import dev.interviewcopilot.eval.suite.Check;
import dev.interviewcopilot.server.assist.AnswerSegment;
import dev.interviewcopilot.server.assist.Caller;
import dev.interviewcopilot.server.assist.Probe;
import dev.interviewcopilot.server.assist.ProbeRequest;
import dev.interviewcopilot.server.assist.ProbeSuggester;
import dev.interviewcopilot.server.assist.ProbeSuggestions;
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
 * Follow-up probes: each case's {@code answer} to the bank item {@code question} goes through the service's own
 * suggester (whichever engine the run uses), as if the candidate had just said it. {@code probe-targets}
 * ({@code key-point:<id>} or {@code red-flag:<id>}) must be aimed at by one of the probes, counting towards
 * {@code gap-hit} or {@code flag-hit}; {@code no-protected-topic} checks every probe's text with the linter.
 */
public final class ProbesTarget implements Target {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller CALLER = Caller.of("eval");

    private final QuestionBank bank;
    private final ProbeSuggester suggester;
    private final ProtectedTopicLinter linter;

    public ProbesTarget(QuestionBank bank, ProbeSuggester suggester, ProtectedTopicLinter linter) {
        this.bank = bank;
        this.suggester = suggester;
        this.linter = linter;
    }

    @Override
    public String name() {
        return "probes";
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("probe-targets", "no-protected-topic");
    }

    @Override
    public Optional<String> problem(Check check) {
        if (check.type().equals("probe-targets")
                && !ItemRefs.CRITERION.matcher(check.value().asText("")).matches()) {
            return Optional.of("must be key-point:<id> or red-flag:<id>");
        }
        return Optional.empty();
    }

    @Override
    public CaseResult run(Case testCase) {
        long started = System.nanoTime();
        QuestionItem item = ItemRefs.item(bank, testCase.vars().path("question").asText(""));
        String answer = testCase.vars().path("answer").asText("");
        ProbeSuggestions suggestions =
                suggester.suggest(new ProbeRequest(item, List.of(new AnswerSegment("s1", answer)), List.of(), CALLER));
        ObjectNode output = JSON.createObjectNode();
        write(suggestions, output);
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<CheckResult> checks = new ArrayList<>();
        for (Check check : testCase.checks()) {
            if (check.type().equals("probe-targets")) {
                checks.add(aimedAt(check, item, suggestions, metrics));
            } else {
                long flagged = suggestions.probes().stream()
                        .filter(p -> !linter.lint(p.text()).isEmpty())
                        .count();
                metrics.put("protected-topic", flagged > 0 ? 1.0 : 0.0);
                checks.add(new CheckResult(
                        check.type(), flagged == 0, flagged == 0 ? "no probe flagged" : flagged + " probes flagged"));
            }
        }
        metrics.put("probes", (double) suggestions.probes().size());
        return CaseResult.judged(testCase, checks, metrics, output, started);
    }

    /** The engine and the probes, into a case's output. */
    static void write(ProbeSuggestions suggestions, ObjectNode output) {
        output.put("probes-engine", suggestions.provenance().engine().wireName());
        ArrayNode probes = output.putArray("probes");
        for (Probe p : suggestions.probes()) {
            probes.addObject()
                    .put("target", ItemRefs.ref(p.target()))
                    .put("text", p.text())
                    .put("source", p.source().wireName());
        }
    }

    /**
     * {@code probe-targets}: one of the probes aims at the criterion the check names; counts towards {@code gap-hit}
     * (a key point) or {@code flag-hit} (a red flag).
     */
    static CheckResult aimedAt(
            Check check, QuestionItem item, ProbeSuggestions suggestions, Map<String, Double> metrics) {
        String wanted = check.value().asText();
        if (!ItemRefs.inItem(item, wanted)) {
            return new CheckResult(check.type(), false, wanted + " is not in item " + item.id());
        }
        boolean hit = suggestions.probes().stream()
                .anyMatch(p -> ItemRefs.ref(p.target()).equals(wanted));
        metrics.put(wanted.startsWith("key-point:") ? "gap-hit" : "flag-hit", hit ? 1.0 : 0.0);
        return new CheckResult(check.type(), hit, hit ? "a probe aims at " + wanted : "no probe aims at " + wanted);
    }
}
