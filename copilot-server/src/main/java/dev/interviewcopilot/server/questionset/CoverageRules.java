package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.bank.KeyPoint;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.retrieval.TextTerms;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When a question covers a requirement: a taxonomy skill by the question's tags, a competency by what the question
 * evaluates, and a skill the taxonomy does not know by the question's own words (every stemmed term of the name in
 * the question, what it evaluates or its key points). One home for the rule, so selection, edits and the coverage
 * matrix agree.
 */
final class CoverageRules {
    private CoverageRules() {}

    static boolean covers(QuestionItem item, Requirement requirement) {
        return switch (requirement.kind()) {
            case SKILL -> item.tags().contains(requirement.key());
            case COMPETENCY -> item.competency().equals(requirement.key());
            case TEXT -> {
                List<String> wanted = TextTerms.of(requirement.name());
                yield !wanted.isEmpty() && terms(item).containsAll(wanted);
            }
        };
    }

    /** The requirements among {@code requirements} that the item covers, as ids. */
    static List<String> covered(QuestionItem item, List<Requirement> requirements) {
        return requirements.stream()
                .filter(r -> covers(item, r))
                .map(Requirement::id)
                .toList();
    }

    /** Whether any active bank question, of any role, covers the requirement. */
    static boolean inBank(QuestionBank bank, Requirement requirement) {
        return bank.items().stream().filter(QuestionItem::active).anyMatch(i -> covers(i, requirement));
    }

    private static Set<String> terms(QuestionItem item) {
        StringBuilder text = new StringBuilder(item.question()).append('\n').append(item.evaluates());
        for (KeyPoint point : item.keyPoints()) {
            text.append('\n').append(point.point());
        }
        return new HashSet<>(TextTerms.of(text.toString()));
    }
}
