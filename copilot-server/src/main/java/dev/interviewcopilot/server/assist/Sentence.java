package dev.interviewcopilot.server.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of a transcript segment, with its exact position, so any quote built from it is verbatim.
 *
 * @param segmentId the segment it belongs to
 * @param start index of its first character in the segment text
 * @param end index after its last character
 * @param text the sentence, exactly as in the segment
 */
public record Sentence(String segmentId, int start, int end, String text) {
    /** A sentence ends at . ! or ? followed by white space, or at a line break; the remainder is one more sentence. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    /** The sentences of a segment, trimmed, with their offsets. */
    static List<Sentence> of(AnswerSegment segment) {
        List<Sentence> sentences = new ArrayList<>();
        String text = segment.text();
        Matcher boundary = BOUNDARY.matcher(text);
        int from = 0;
        while (boundary.find()) {
            add(segment, from, boundary.start(), sentences);
            from = boundary.end();
        }
        add(segment, from, text.length(), sentences);
        return sentences;
    }

    private static void add(AnswerSegment segment, int start, int end, List<Sentence> out) {
        String text = segment.text();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(new Sentence(segment.id(), start, end, text.substring(start, end)));
        }
    }
}
