package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.compliance.LintFinding;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.llm.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the model's probes by code before anyone sees them: each targets a key point, red flag or rubric band that
 * exists in the item, no two target the same thing, none repeats a question already asked, and none touches a
 * protected topic. Problems are phrased for the model's one repair round.
 */
final class ProbeReplies {
    private final QuestionItem item;
    private final ProtectedTopicLinter linter;
    private final Repeats asked;

    ProbeReplies(QuestionItem item, ProtectedTopicLinter linter, Repeats asked) {
        this.item = item;
        this.linter = linter;
        this.asked = asked;
    }

    /** The whole reply, schema-valid already: every probe must pass. */
    Validation<List<Probe>> check(JsonNode reply) {
        List<String> problems = new ArrayList<>();
        List<Probe> probes = new ArrayList<>();
        Set<ProbeTarget> targets = new HashSet<>();
        Repeats seen = asked;
        JsonNode array = reply.path("probes");
        for (int i = 0; i < array.size(); i++) {
            String label = "probe " + (i + 1);
            Optional<Probe> probe = one(array.get(i), label, seen, problems);
            if (probe.isPresent()) {
                if (!targets.add(probe.get().target())) {
                    problems.add(label + " targets " + describe(probe.get().target())
                            + " like an earlier probe; aim each probe at a different target");
                } else {
                    probes.add(probe.get());
                    seen = seen.plus(probe.get().text());
                }
            }
        }
        return problems.isEmpty() ? Validation.valid(probes) : Validation.invalid(problems);
    }

    /**
     * One probe object, as it completes in a stream: the probe, or nothing with the problems added.
     *
     * @param seen questions asked or already suggested
     */
    Optional<Probe> one(JsonNode node, String label, Repeats seen, List<String> problems) {
        String text = node.path("text").asText("").strip();
        String why = node.path("why").asText("").strip();
        Optional<ProbeTarget.Kind> kind =
                ProbeTarget.Kind.named(node.path("target").path("kind").asText(""));
        String id = node.path("target").path("id").asText("").strip();
        int before = problems.size();
        if (text.length() < 5 || text.length() > 400) {
            problems.add(label + ": text must be 5 to 400 characters");
        }
        if (why.length() < 5 || why.length() > 300) {
            problems.add(label + ": why must be 5 to 300 characters");
        }
        if (kind.isEmpty()) {
            problems.add(label + ": target.kind must be key-point, red-flag or rubric-level");
        } else if (!exists(kind.get(), id)) {
            problems.add(label + " targets " + kind.get().wireName() + " '" + id
                    + "', which is not in the reference; use one of " + ids(kind.get()));
        }
        if (seen.repeats(text)) {
            problems.add(label + " repeats a question already asked; ask about something else");
        }
        List<LintFinding> findings = new ArrayList<>(linter.lint(text));
        findings.addAll(linter.lint(why));
        findings.forEach(f ->
                problems.add(label + " touches the protected topic '" + f.topicName() + "'; ask only about the work"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Probe(text, new ProbeTarget(kind.get(), id), why, Probe.Source.MODEL));
    }

    private boolean exists(ProbeTarget.Kind kind, String id) {
        return ids(kind).contains(id);
    }

    private List<String> ids(ProbeTarget.Kind kind) {
        return switch (kind) {
            case KEY_POINT -> item.keyPoints().stream().map(p -> p.id()).toList();
            case RED_FLAG -> item.redFlags().stream().map(f -> f.id()).toList();
            case RUBRIC_LEVEL -> item.rubric().stream().map(b -> b.scores()).toList();
        };
    }

    private static String describe(ProbeTarget target) {
        return target.kind().wireName() + " '" + target.id() + "'";
    }
}
