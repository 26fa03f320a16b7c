package dev.interviewcopilot.eval.targets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.suite.Case;
import dev.interviewcopilot.eval.suite.Check;
import dev.interviewcopilot.server.assist.Finding;
import dev.interviewcopilot.server.assist.Importance;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.RoleFamily;
import dev.interviewcopilot.server.bank.SeniorityLevel;
import dev.interviewcopilot.server.questionset.CoverageRow;
import dev.interviewcopilot.server.questionset.Gap;
import dev.interviewcopilot.server.questionset.NewSet;
import dev.interviewcopilot.server.questionset.PlannedQuestion;
import dev.interviewcopilot.server.questionset.QuestionSet;
import dev.interviewcopilot.server.questionset.QuestionSets;
import dev.interviewcopilot.server.questionset.QuestionSource;
import dev.interviewcopilot.server.questionset.Requirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * Question sets: each case's {@code jobDescription} is planned by the service's own question-set flow (reading,
 * selection, drafts when a model is configured). Assertions: {@code role} and {@code seniority} read right
 * ({@code role-correct}, {@code seniority-correct}); {@code must-have} (a taxonomy skill id) found as a must-have
 * ({@code must-recall}) and then covered by a planned bank question or reported as a gap, never silently dropped
 * ({@code must-covered} is the share covered by a bank question); {@code warns} (a phrase asking for a protected
 * trait) warned about ({@code warned}). Every case also requires the plan to pass the linter.
 */
public final class QuestionSetsTarget implements Target {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final QuestionBank bank;
    private final QuestionSets sets;

    public QuestionSetsTarget(QuestionBank bank, QuestionSets sets) {
        this.bank = bank;
        this.sets = sets;
    }

    @Override
    public String name() {
        return "question-sets";
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("role", "seniority", "must-have", "warns");
    }

    @Override
    public Optional<String> problem(Check check) {
        String value = check.value().asText("");
        return switch (check.type()) {
            case "role" ->
                bank.roleFamilies().stream().anyMatch(r -> r.id().equals(value))
                        ? Optional.empty()
                        : Optional.of("must be one of "
                                + bank.roleFamilies().stream()
                                        .map(RoleFamily::id)
                                        .toList());
            case "seniority" ->
                bank.seniorityLevels().stream().anyMatch(s -> s.id().equals(value))
                        ? Optional.empty()
                        : Optional.of("must be one of "
                                + bank.seniorityLevels().stream()
                                        .map(SeniorityLevel::id)
                                        .toList());
            case "must-have" ->
                bank.skills().skill(value).isPresent()
                        ? Optional.empty()
                        : Optional.of("'" + value + "' is not a skill id of the taxonomy");
            default -> value.isBlank() ? Optional.of("must be the phrase to warn about") : Optional.empty();
        };
    }

    @Override
    public CaseResult run(Case testCase) {
        long started = System.nanoTime();
        QuestionSet set = sets.create(
                new NewSet(
                        testCase.vars().path("jobDescription").asText(""),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalInt.empty(),
                        List.of(),
                        List.of(),
                        Optional.of("eval")),
                "eval");
        var content = set.content();
        List<PlannedQuestion> planned = content.plan().questions().toList();
        ObjectNode output = JSON.createObjectNode();
        output.put("engine", content.extraction().provenance().engine().wireName());
        output.put("role", content.options().role());
        content.options().seniority().ifPresent(s -> output.put("seniority", s));
        content.requirements()
                .forEach(r -> output.withArray("requirements")
                        .add(r.id() + " " + r.importance().wireName()));
        content.plan().gaps().forEach(g -> output.withArray("gaps").add(g.requirement()));
        planned.forEach(q -> output.withArray("questions").add(q.questionId().toString()));
        content.extraction()
                .warnings()
                .forEach(w -> output.withArray("warnings").add(w.phrase()));
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        List<CheckResult> checks = new ArrayList<>();
        for (Check check : testCase.checks()) {
            String value = check.value().asText();
            switch (check.type()) {
                case "role" -> {
                    String read = content.extraction().role().map(Finding::id).orElse("none");
                    checks.add(sample(samples, "role-correct", check.type(), read.equals(value), "read " + read));
                }
                case "seniority" -> {
                    String read =
                            content.extraction().seniority().map(Finding::id).orElse("none");
                    checks.add(sample(samples, "seniority-correct", check.type(), read.equals(value), "read " + read));
                }
                case "must-have" ->
                    checks.add(mustHave(
                            value,
                            content.requirements(),
                            content.plan().coverage(),
                            content.plan().gaps(),
                            planned,
                            samples));
                default -> {
                    boolean warned = content.extraction().warnings().stream()
                            .anyMatch(w -> w.phrase().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))
                                    || value.toLowerCase(Locale.ROOT)
                                            .contains(w.phrase().toLowerCase(Locale.ROOT)));
                    checks.add(sample(samples, "warned", check.type(), warned, warned ? "warned" : "no warning"));
                }
            }
        }
        boolean clean = content.plan().lint().isEmpty();
        checks.add(new CheckResult(
                "plan-lint",
                clean,
                clean ? "the plan passes the linter" : content.plan().lint().size() + " protected-topic findings"));
        Map<String, Double> metrics = new LinkedHashMap<>();
        samples.forEach((name, values) -> metrics.put(
                name, values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        metrics.put(
                "planned-minutes-share",
                (double) content.plan().plannedMinutes() / content.plan().durationMinutes());
        return CaseResult.judged(testCase, checks, metrics, output, started);
    }

    private static CheckResult mustHave(
            String skill,
            List<Requirement> requirements,
            List<CoverageRow> coverage,
            List<Gap> gaps,
            List<PlannedQuestion> planned,
            Map<String, List<Double>> samples) {
        String id = "skill:" + skill;
        boolean found = requirements.stream().anyMatch(r -> r.id().equals(id) && r.importance() == Importance.MUST);
        List<UUID> covering = coverage.stream()
                .filter(row -> row.requirement().id().equals(id))
                .flatMap(row -> row.coveredBy().stream())
                .toList();
        boolean byBank =
                planned.stream().anyMatch(q -> covering.contains(q.questionId()) && q.source() == QuestionSource.BANK);
        boolean reported = gaps.stream().anyMatch(g -> g.requirement().equals(id));
        samples.computeIfAbsent("must-recall", n -> new ArrayList<>()).add(found ? 1.0 : 0.0);
        samples.computeIfAbsent("must-covered", n -> new ArrayList<>()).add(byBank ? 1.0 : 0.0);
        boolean ok = found && (byBank || reported);
        String message = !found
                ? skill + " was not read as a must-have"
                : byBank ? skill + " is covered by a planned question" : skill + " is reported as a gap";
        return new CheckResult("must-have", ok, message);
    }

    private static CheckResult sample(
            Map<String, List<Double>> samples, String metric, String type, boolean ok, String message) {
        samples.computeIfAbsent(metric, n -> new ArrayList<>()).add(ok ? 1.0 : 0.0);
        return new CheckResult(type, ok, message);
    }
}
