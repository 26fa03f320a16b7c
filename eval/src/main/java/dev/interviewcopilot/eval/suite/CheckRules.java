package dev.interviewcopilot.eval.suite;

import java.util.Optional;
import java.util.Set;

/** What a target accepts in its cases' assertions, so a suite is checked before anything runs. */
public interface CheckRules {

    /** The assertion types its cases may use. */
    Set<String> checkTypes();

    /** What is wrong with an assertion's value, if anything; the type is already known to be allowed. */
    Optional<String> problem(Check check);
}
