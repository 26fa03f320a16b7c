package dev.interviewcopilot.server.questionset;

import java.util.List;
import java.util.UUID;

/**
 * One row of the coverage matrix: a requirement and the planned questions that cover it.
 *
 * @param requirement the requirement
 * @param coveredBy the ids of the questions covering it, in plan order; empty for a gap
 */
public record CoverageRow(Requirement requirement, List<UUID> coveredBy) {
    public CoverageRow {
        coveredBy = List.copyOf(coveredBy);
    }
}
