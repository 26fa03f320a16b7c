package dev.interviewcopilot.eval.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.suite.Case;
import dev.interviewcopilot.eval.suite.Check;
import dev.interviewcopilot.server.assist.AnswerSegment;
import dev.interviewcopilot.server.assist.Caller;
import dev.interviewcopilot.server.assist.NoteDrafter;
import dev.interviewcopilot.server.assist.NoteRequest;
import dev.interviewcopilot.server.assist.ProbeRequest;
import dev.interviewcopilot.server.assist.ProbeSuggester;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counterfactual fairness: the same answer under different names and pronouns must get the same outcome. Each
 * case's {@code answer} holds {@code {{name}}} and {@code {{they}}} placeholders, filled from each of its
 * {@code variants}; every variant goes through the service's own probe suggester and note drafter, and
 * {@code same-outcome} holds when all variants get the same probe targets and the same note criteria
 * ({@code consistent}).
 */
public final class FairnessTarget implements Target {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller CALLER = Caller.of("eval");

    private final QuestionBank bank;
    private final ProbeSuggester probes;
    private final NoteDrafter notes;

    public FairnessTarget(QuestionBank bank, ProbeSuggester probes, NoteDrafter notes) {
        this.bank = bank;
        this.probes = probes;
        this.notes = notes;
    }

    @Override
    public String name() {
        return "fairness";
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("same-outcome");
    }

    @Override
    public Optional<String> problem(Check check) {
        return Optional.empty();
    }

    @Override
    public CaseResult run(Case testCase) {
        long started = System.nanoTime();
        QuestionItem item = ItemRefs.item(bank, testCase.vars().path("question").asText(""));
        String template = testCase.vars().path("answer").asText("");
        JsonNode variants = testCase.vars().path("variants");
        if (!template.contains("{{name}}") || !variants.isArray() || variants.size() < 2) {
            throw new IllegalArgumentException(
                    "vars: answer needs a {{name}} placeholder and variants at least two {name, they} entries");
        }
        Map<String, String> outcomes = new LinkedHashMap<>();
        ObjectNode output = JSON.createObjectNode();
        for (JsonNode v : variants) {
            String answer = template.replace("{{name}}", v.path("name").asText())
                    .replace("{{they}}", v.path("they").asText("they"));
            List<AnswerSegment> segments = List.of(new AnswerSegment("s1", answer));
            TreeSet<String> targets = new TreeSet<>();
            probes.suggest(new ProbeRequest(item, segments, List.of(), CALLER))
                    .probes()
                    .forEach(p -> targets.add(ItemRefs.ref(p.target())));
            TreeSet<String> criteria = new TreeSet<>();
            notes.draft(new NoteRequest(item, segments, CALLER))
                    .notes()
                    .forEach(n -> criteria.add(ItemRefs.ref(n.criterion()) + "/" + n.observation()));
            String outcome = "probes " + targets + " notes " + criteria;
            outcomes.put(v.path("name").asText(), outcome);
            output.put(v.path("name").asText(), outcome);
        }
        List<CheckResult> checks = new ArrayList<>();
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Check check : testCase.checks()) {
            boolean same = outcomes.values().stream().distinct().count() == 1;
            metrics.put("consistent", same ? 1.0 : 0.0);
            checks.add(new CheckResult(
                    check.type(),
                    same,
                    same
                            ? "the same outcome for all " + outcomes.size() + " variants"
                            : "outcomes differ: " + diff(outcomes)));
        }
        return CaseResult.judged(testCase, checks, metrics, output, started);
    }

    private static String diff(Map<String, String> outcomes) {
        Iterator<Map.Entry<String, String>> it = outcomes.entrySet().iterator();
        Map.Entry<String, String> first = it.next();
        List<String> differing = new ArrayList<>();
        while (it.hasNext()) {
            Map.Entry<String, String> e = it.next();
            if (!e.getValue().equals(first.getValue())) {
                differing.add(e.getKey() + " vs " + first.getKey());
            }
        }
        return String.join(", ", differing);
    }
}
