package dev.interviewcopilot.server.bank;

import java.util.List;
import java.util.stream.Collectors;

/** The bank cannot be used: it lists every problem found, one per line. */
public final class BankValidationException extends RuntimeException {
    private final transient List<BankProblem> problems;

    BankValidationException(List<BankProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found. */
    public List<BankProblem> problems() {
        return problems;
    }

    private static String summary(List<BankProblem> problems) {
        return "The question bank has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  - " + p.describe()).collect(Collectors.joining("\n"));
    }
}
