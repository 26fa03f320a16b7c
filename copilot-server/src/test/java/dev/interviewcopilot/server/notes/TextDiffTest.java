package dev.interviewcopilot.server.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDiffTest {
    @Test
    void should_mark_words_removed_and_added_and_keep_the_rest() {
        List<TextDiff.Change> diff = TextDiff.between("Locks the room row first.", "Locks the booking row first.");

        assertThat(diff)
                .containsExactly(
                        new TextDiff.Change(TextDiff.Op.EQUAL, "Locks the "),
                        new TextDiff.Change(TextDiff.Op.INSERT, "booking"),
                        new TextDiff.Change(TextDiff.Op.DELETE, "room"),
                        new TextDiff.Change(TextDiff.Op.EQUAL, " row first."));
    }

    @Test
    void should_rebuild_both_texts_from_the_diff() {
        String before = "The candidate named a unique index  and retries.";
        String after = "Named a unique index on the idempotency key; no retries discussed.";
        List<TextDiff.Change> diff = TextDiff.between(before, after);

        assertThat(join(diff, TextDiff.Op.INSERT)).isEqualTo(after);
        assertThat(join(diff, TextDiff.Op.DELETE)).isEqualTo(before);
    }

    @Test
    void should_report_no_change_as_one_equal_run() {
        assertThat(TextDiff.between("same words", "same words"))
                .containsExactly(new TextDiff.Change(TextDiff.Op.EQUAL, "same words"));
        assertThat(TextDiff.between("", "")).isEmpty();
    }

    private static String join(List<TextDiff.Change> diff, TextDiff.Op keep) {
        return diff.stream()
                .filter(c -> c.op() == TextDiff.Op.EQUAL || c.op() == keep)
                .map(TextDiff.Change::text)
                .collect(Collectors.joining());
    }
}
