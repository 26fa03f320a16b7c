package dev.interviewcopilot.eval.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One test case of a suite.
 *
 * @param id immutable: results are compared across runs by it, so a changed case gets a new id
 * @param description what it tests, in words
 * @param vars the inputs, as promptfoo calls them
 * @param checks the assertions on the output
 */
public record Case(String id, String description, JsonNode vars, List<Check> checks) {
    public Case {
        checks = List.copyOf(checks);
    }
}
