package dev.interviewcopilot.server.llm;

import dev.interviewcopilot.server.store.Sha256;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces candidate identifiers with placeholders before text leaves for a model, and restores them in the
 * answer: the interview's known identifiers (the candidate's name, each part of it, their email), and any email
 * address, phone number or web link in the text. One masker serves one call, so the same identifier always gets
 * the same placeholder across the system and user messages.
 */
public final class PiiMasker {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** A link with a scheme or www., or a bare host with a path, as people say profile links: github.com/ada-l. */
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"')]+|\\b(?:[a-z0-9-]+\\.)+[a-z]{2,24}/[^\\s<>\"')]*[^\\s<>\"').,;:!?]");
    /**
     * Seven or more digits with the separators people write in phone numbers, possibly ending a sentence; not part
     * of a longer dotted number (a version or an address).
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.(])(?:\\+|\\()?\\d[\\d ().-]{5,}\\d(?!\\w|\\.\\d)");

    private static final Pattern NOT_PHONE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{4}\\s*-\\s*\\d{4}|\\d{1,3}(\\.\\d{1,3}){3}"
                    + "|(?!\\d{3}\\.\\d{3}\\.\\d{4}$)\\d+(\\.\\d+)+");
    /** Parts of a name shorter than this are too common to mask on their own ("Li", "Al"). */
    private static final int MIN_NAME_PART = 3;
    /**
     * Hashes of texts in which the email, link and phone patterns found nothing. Those patterns are the same for
     * every call and the system prompt (rules and a bank item) repeats across calls: the load test found the
     * masker at a quarter of the server's time, rescanning it. Bounded; cleared when full.
     */
    private static final Set<String> PATTERN_FREE = ConcurrentHashMap.newKeySet();

    private static final int PATTERN_FREE_LIMIT = 4096;

    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final List<Known> known = new ArrayList<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();

    /** An identifier the interview knows, with the kind of placeholder it gets. */
    private record Known(String folded, Pattern pattern, String kind) {}

    /** A masker for one call, knowing the interview's identifiers (name, email) besides the patterns. */
    public PiiMasker(List<String> identifiers) {
        List<String> terms = new ArrayList<>();
        for (String identifier : identifiers) {
            if (identifier != null && !identifier.isBlank()) {
                terms.add(identifier.strip());
                if (!identifier.contains("@")) {
                    for (String part : identifier.strip().split("\\s+")) {
                        if (part.length() >= MIN_NAME_PART) {
                            terms.add(part);
                        }
                    }
                }
            }
        }
        // Longest first, so "Ada Lovelace" is masked whole before "Ada" is.
        terms.stream()
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(term -> known.add(new Known(
                        fold(term),
                        Pattern.compile("(?iu)(?<![\\p{L}\\d])" + Pattern.quote(term) + "(?![\\p{L}\\d])"),
                        term.contains("@") ? "EMAIL" : "CANDIDATE")));
    }

    /** The text with every identifier replaced by a placeholder such as {@code [CANDIDATE_1]} or {@code [EMAIL_1]}. */
    public String mask(String text) {
        String masked = text;
        String folded = fold(text);
        for (Known identifier : known) {
            // The regular expression only where the identifier can be: most texts do not hold it at all.
            if (folded.contains(identifier.folded())) {
                masked = replace(masked, identifier.pattern(), identifier.kind());
            }
        }
        String hash = Sha256.hex(masked);
        if (PATTERN_FREE.contains(hash)) {
            return masked;
        }
        String patterned = replace(replace(replace(masked, EMAIL, "EMAIL"), LINK, "LINK"), PHONE, "PHONE");
        if (patterned.equals(masked)) {
            if (PATTERN_FREE.size() >= PATTERN_FREE_LIMIT) {
                PATTERN_FREE.clear();
            }
            PATTERN_FREE.add(hash);
        }
        return patterned;
    }

    /**
     * Case folded one code point at a time, as a case-insensitive Unicode pattern compares them (not
     * {@link String#toLowerCase}, which turns one character into two for some, such as a dotted capital I): a
     * text that the identifier's pattern would match always contains the folded identifier.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }

    /** The model's text with the placeholders it repeated turned back into what they stood for. */
    public String restore(String text) {
        String restored = text;
        for (Map.Entry<String, String> entry : placeholders.entrySet()) {
            restored = restored.replace(entry.getValue(), entry.getKey());
        }
        return restored;
    }

    /**
     * A streaming restorer: feed it chunks, it returns the text safe to emit, holding back a possible placeholder
     * split across chunks until it is complete.
     */
    public Restorer restorer() {
        return new Restorer();
    }

    private String replace(String text, Pattern pattern, String kind) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean mask = !kind.equals("PHONE") || plausiblePhone(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(mask ? placeholder(m.group(), kind) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String placeholder(String value, String kind) {
        return placeholders.computeIfAbsent(value, v -> {
            int n = counters.merge(kind, 1, Integer::sum);
            return "[" + kind + "_" + n + "]";
        });
    }

    /**
     * A phone number has 7 to 15 digits and either a leading + or the separators people type; dates, year ranges,
     * IP addresses and version numbers do not count.
     */
    static boolean plausiblePhone(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        if (digits < 7 || digits > 15) {
            return false;
        }
        String compact = candidate.strip();
        if (NOT_PHONE.matcher(compact).matches()) {
            return false;
        }
        return compact.startsWith("+") || compact.matches(".*\\d[ ()-]+\\d.*") || digits >= 10;
    }

    /** Restores placeholders in a stream of chunks. */
    public final class Restorer {
        private final StringBuilder pending = new StringBuilder();

        /** Accepts a chunk; returns what can be emitted now. */
        public String accept(String chunk) {
            pending.append(chunk);
            int open = pending.lastIndexOf("[");
            int cut = open >= 0 && pending.indexOf("]", open) < 0 && pending.length() - open <= 16
                    ? open
                    : pending.length();
            String ready = pending.substring(0, cut);
            pending.delete(0, cut);
            return restore(ready);
        }

        /** Whatever is still held back, at the end of the stream. */
        public String flush() {
            String rest = restore(pending.toString());
            pending.setLength(0);
            return rest;
        }
    }
}
