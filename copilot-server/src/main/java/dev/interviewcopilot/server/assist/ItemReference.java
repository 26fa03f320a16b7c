package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.stream.Collectors;

/**
 * A bank item written out for a prompt's stable prefix, one criterion per line with the id the model must cite.
 * The same item always renders to the same text, so providers can cache the prefix.
 */
final class ItemReference {
    private ItemReference() {}

    static String keyPoints(QuestionItem item) {
        return item.keyPoints().stream()
                .map(p -> "[" + p.id() + "] " + p.point())
                .collect(Collectors.joining("\n"));
    }

    static String redFlags(QuestionItem item) {
        return item.redFlags().stream()
                .map(f -> "[" + f.id() + "] " + f.flag() + " (sounds like: \"" + f.soundsLike() + "\")")
                .collect(Collectors.joining("\n"));
    }

    static String rubric(QuestionItem item) {
        return item.rubric().stream()
                .map(b -> "[" + b.scores() + "] " + b.descriptor())
                .collect(Collectors.joining("\n"));
    }
}
