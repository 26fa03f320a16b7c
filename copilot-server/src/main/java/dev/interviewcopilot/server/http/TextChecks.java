package dev.interviewcopilot.server.http;

import java.util.Optional;

/**
 * What free text from a client must be: within its length, valid UTF-8 (decoders turn invalid bytes into U+FFFD,
 * so a replacement character means the client sent something else), and free of control characters other than
 * tab and line breaks.
 */
final class TextChecks {
    private TextChecks() {}

    /** Why the text is unacceptable, if it is. */
    static Optional<String> problem(String text, int maxLength) {
        if (text.length() > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        if (text.indexOf('\uFFFD') >= 0) {
            return Optional.of("is not valid UTF-8 text");
        }
        boolean control = text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
        if (control) {
            return Optional.of("must not contain control characters");
        }
        return Optional.empty();
    }
}
