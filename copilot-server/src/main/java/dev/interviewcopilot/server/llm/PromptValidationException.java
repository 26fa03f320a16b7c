package dev.interviewcopilot.server.llm;

import java.util.List;
import java.util.stream.Collectors;

/** The prompt files cannot be used: one line per problem, naming the file and what is wrong. Stops start-up. */
public final class PromptValidationException extends RuntimeException {
    private final transient List<String> problems;

    PromptValidationException(List<String> problems) {
        super("The prompts have " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
