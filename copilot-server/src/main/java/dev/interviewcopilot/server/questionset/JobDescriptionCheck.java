package dev.interviewcopilot.server.questionset;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text can be a job description at all, before anything reads it: enough words, mostly words, and no
 * run of characters no language writes. Says why not in words a hiring manager understands.
 */
final class JobDescriptionCheck {
    static final int MIN_WORDS = 20;
    static final int MAX_CHARACTERS = 20_000;
    /** Longer than any word: a pasted token, hash or binary. */
    private static final int MAX_TOKEN = 60;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private JobDescriptionCheck() {}

    /** Why the text is not a job description, or empty when it may be one. */
    static Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.of("is empty: paste the job description's text");
        }
        if (text.length() > MAX_CHARACTERS) {
            return Optional.of("is " + text.length() + " characters long; at most " + MAX_CHARACTERS + " are read");
        }
        int words = 0;
        int letters = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            letters += m.group().length();
        }
        if (words < MIN_WORDS) {
            return Optional.of("has " + words + " words; a job description needs at least " + MIN_WORDS
                    + " to say what the role asks for");
        }
        int visible =
                (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (letters < visible / 2) {
            return Optional.of("is mostly symbols or digits, not sentences; paste the job description's text");
        }
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            if (t.group().length() > MAX_TOKEN && !t.group().contains("://")) {
                return Optional.of("contains a " + t.group().length() + "-character run without spaces; paste the "
                        + "job description's text, not encoded data");
            }
        }
        return Optional.empty();
    }
}
