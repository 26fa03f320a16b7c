package dev.interviewcopilot.server.evals;

import java.util.Map;

/**
 * One case of an eval run, as a comparison sees it.
 *
 * @param id the case id, stable across runs of a suite
 * @param passed whether every assertion held
 * @param metrics the case's numbers by name
 */
public record CaseOutcome(String id, boolean passed, Map<String, Double> metrics) {
    public CaseOutcome {
        metrics = Map.copyOf(metrics);
    }
}
