package dev.interviewcopilot.eval.targets;

import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.suite.Case;
import dev.interviewcopilot.eval.suite.CheckRules;

/** What a suite's cases exercise: runs one case through the service's own components and judges its assertions. */
public interface Target extends CheckRules {

    /** The name suites use in {@code target:}. */
    String name();

    /** Runs one case. Thread-safe: the runner calls it from several workers. */
    CaseResult run(Case testCase);
}
