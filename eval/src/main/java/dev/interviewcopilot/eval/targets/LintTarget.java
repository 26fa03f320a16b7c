package dev.interviewcopilot.eval.targets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.suite.Case;
import dev.interviewcopilot.eval.suite.Check;
import dev.interviewcopilot.server.compliance.LintFinding;
import dev.interviewcopilot.server.compliance.ProtectedTopic;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The protected-topic linter: each case's {@code text} goes through the linter the service applies to bank items,
 * drafts and interviewers' questions. {@code protected-topic} (a topic id) must be flagged with that topic and
 * counts towards {@code detected}; {@code no-protected-topic} must not be flagged at all and counts towards
 * {@code false-positive}.
 */
public final class LintTarget implements Target {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProtectedTopicLinter linter;
    private final Set<String> topics;

    public LintTarget(ProtectedTopicLinter linter, List<ProtectedTopic> topics) {
        this.linter = linter;
        this.topics = Set.copyOf(topics.stream().map(ProtectedTopic::id).toList());
    }

    @Override
    public String name() {
        return "lint";
    }

    @Override
    public Set<String> checkTypes() {
        return Set.of("protected-topic", "no-protected-topic");
    }

    @Override
    public Optional<String> problem(Check check) {
        if (check.type().equals("protected-topic")
                && !topics.contains(check.value().asText(""))) {
            return Optional.of("must be one of the protected topic ids " + topics);
        }
        return Optional.empty();
    }

    @Override
    public CaseResult run(Case testCase) {
        long started = System.nanoTime();
        List<LintFinding> findings = linter.lint(testCase.vars().path("text").asText(""));
        ArrayNode output = JSON.createArrayNode();
        findings.forEach(f -> output.addObject().put("topic", f.topicId()).put("phrase", f.phrase()));
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<CheckResult> checks = new ArrayList<>();
        for (Check check : testCase.checks()) {
            if (check.type().equals("protected-topic")) {
                String topic = check.value().asText();
                boolean found = findings.stream().anyMatch(f -> f.topicId().equals(topic));
                metrics.put("detected", found ? 1.0 : 0.0);
                checks.add(new CheckResult(
                        check.type(),
                        found,
                        found ? "flagged as " + topic : "not flagged as " + topic + ": " + output));
            } else {
                boolean clean = findings.isEmpty();
                metrics.put("false-positive", clean ? 0.0 : 1.0);
                checks.add(new CheckResult(check.type(), clean, clean ? "not flagged" : "flagged: " + output));
            }
        }
        return CaseResult.judged(testCase, checks, metrics, output, started);
    }
}
