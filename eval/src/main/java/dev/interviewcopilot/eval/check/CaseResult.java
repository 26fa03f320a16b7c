package dev.interviewcopilot.eval.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.eval.suite.Case;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one case did in a run.
 *
 * @param id the case id
 * @param description the case's description
 * @param passed whether every assertion held (and nothing failed)
 * @param checks each assertion's verdict
 * @param metrics the case's numbers (nDCG, recall, detection...), averaged over cases in the report
 * @param output what the target produced, for the report's case detail
 * @param millis how long the case took
 * @param error why the case could not run, when it could not
 */
public record CaseResult(
        String id,
        String description,
        boolean passed,
        List<CheckResult> checks,
        Map<String, Double> metrics,
        JsonNode output,
        long millis,
        Optional<String> error) {
    public CaseResult {
        checks = List.copyOf(checks);
        metrics = Map.copyOf(metrics);
    }

    /** A case that ran: it passed when every assertion held; its time counts from {@code startedNanos}. */
    public static CaseResult judged(
            Case testCase, List<CheckResult> checks, Map<String, Double> metrics, JsonNode output, long startedNanos) {
        return new CaseResult(
                testCase.id(),
                testCase.description(),
                checks.stream().allMatch(CheckResult::passed),
                checks,
                metrics,
                output,
                (System.nanoTime() - startedNanos) / 1_000_000,
                Optional.empty());
    }
}
