package dev.interviewcopilot.server.notes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word-level diff between a draft and the interviewer's edit (longest common subsequence over words and the
 * spaces between them), kept so the trail shows exactly what a person changed.
 */
public final class TextDiff {
    private TextDiff() {}

    /** What happened to a run of text. */
    public enum Op {
        EQUAL,
        DELETE,
        INSERT;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One run of the diff.
     *
     * @param op kept, removed from the draft, or added by the interviewer
     * @param text the run's text
     */
    public record Change(Op op, String text) {}

    /** The changes turning {@code before} into {@code after}; adjacent runs of one kind are merged. */
    public static List<Change> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(changes, Op.EQUAL, a.get(i));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(changes, Op.INSERT, b.get(j));
                j++;
            } else {
                add(changes, Op.DELETE, a.get(i));
                i++;
            }
        }
        return changes;
    }

    private static void add(List<Change> changes, Op op, String token) {
        if (!changes.isEmpty() && changes.get(changes.size() - 1).op() == op) {
            Change last = changes.remove(changes.size() - 1);
            changes.add(new Change(op, last.text() + token));
        } else {
            changes.add(new Change(op, token));
        }
    }

    /** Words and the whitespace runs between them, so joining the tokens gives the text back. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= text.length(); k++) {
            if (k == text.length()
                    || Character.isWhitespace(text.charAt(k)) != Character.isWhitespace(text.charAt(start))) {
                tokens.add(text.substring(start, k));
                start = k;
            }
        }
        return tokens;
    }
}
