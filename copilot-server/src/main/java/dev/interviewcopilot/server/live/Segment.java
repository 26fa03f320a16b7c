package dev.interviewcopilot.server.live;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored piece of the transcript.
 *
 * @param id the segment's id within the interview ({@code s1}, {@code s2}, ...), which note evidence cites
 * @param speaker who said it
 * @param text what was said, verbatim
 * @param startMs where it starts in the recording, if known
 * @param endMs where it ends, if known
 * @param questionId the question that was current when it was said
 * @param createdAt when it was appended
 */
public record Segment(
        String id,
        Speaker speaker,
        String text,
        Optional<Long> startMs,
        Optional<Long> endMs,
        Optional<UUID> questionId,
        Instant createdAt) {
    /** The id of the segment at a position of the transcript. */
    public static String idOf(long seq) {
        return "s" + seq;
    }

    /** The position of a segment id, if it is one. */
    public static Optional<Long> seqOf(String id) {
        if (id == null || !id.matches("s[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id.substring(1)));
    }
}
