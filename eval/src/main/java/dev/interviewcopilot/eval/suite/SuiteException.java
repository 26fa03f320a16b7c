package dev.interviewcopilot.eval.suite;

import java.util.List;

/** A suite file that cannot be run, with every problem found, each naming the file, the case and the field. */
public final class SuiteException extends RuntimeException {
    private final List<String> problems;

    public SuiteException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
