package dev.interviewcopilot.server.assist;

/**
 * Where in a text something was found: {@code text.substring(start, end)} equals {@code text}.
 *
 * @param start index of the first character
 * @param end index after the last
 * @param text the words, exactly as written
 */
public record TextSpan(int start, int end, String text) {

    /** The span of {@code words} at {@code start} in a text. */
    static TextSpan at(int start, String words) {
        return new TextSpan(start, start + words.length(), words);
    }
}
