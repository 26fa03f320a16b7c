package dev.interviewcopilot.eval.targets;

import dev.interviewcopilot.server.assist.NoteCriterion;
import dev.interviewcopilot.server.assist.ProbeTarget;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.UUID;
import java.util.regex.Pattern;

/** How cases refer to bank items and to their key points and red flags ({@code key-point:<id>}). */
final class ItemRefs {
    static final Pattern CRITERION = Pattern.compile("(key-point|red-flag):[a-z0-9]+(-[a-z0-9]+)*");

    private ItemRefs() {}

    /** The item a case's {@code vars.question} names; a case error naming the var when there is none. */
    static QuestionItem item(QuestionBank bank, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("vars.question: '" + id + "' is not a bank item id", e);
        }
        return bank.item(uuid).orElseThrow(() -> new IllegalArgumentException("vars.question: no bank item " + id));
    }

    /** How a case names a probe's target: {@code key-point:<id>}, {@code red-flag:<id>}, {@code rubric-level:<band>}. */
    static String ref(ProbeTarget target) {
        return target.kind().wireName() + ":" + target.id();
    }

    /** How a case names a note's criterion: {@code key-point:<id>} or {@code red-flag:<id>}. */
    static String ref(NoteCriterion criterion) {
        return criterion.kind().wireName() + ":" + criterion.id();
    }

    /** Whether {@code key-point:<id>} or {@code red-flag:<id>} names a key point or red flag of the item. */
    static boolean inItem(QuestionItem item, String criterion) {
        String[] parts = criterion.split(":", 2);
        return parts[0].equals("key-point")
                ? item.keyPoints().stream().anyMatch(k -> k.id().equals(parts[1]))
                : item.redFlags().stream().anyMatch(f -> f.id().equals(parts[1]));
    }
}
