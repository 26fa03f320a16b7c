package dev.interviewcopilot.server.assist;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which language a job description is in from its most frequent short words. Enough to say honestly that
 * the offline engine reads English and this text is German; not a general language identifier.
 */
final class LanguageGuess {
    /** Below this many words the guess is English: a short list of skills has no grammar to go by. */
    private static final int MIN_WORDS = 12;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        FUNCTION_WORDS.put(
                "en",
                Set.of(
                        "the", "and", "to", "of", "a", "in", "you", "with", "for", "we", "our", "is", "are", "will",
                        "on", "your", "be", "have"));
        FUNCTION_WORDS.put(
                "de",
                Set.of(
                        "der", "die", "das", "und", "mit", "für", "wir", "sie", "ist", "ein", "eine", "zu", "von",
                        "auf", "bei", "ihre", "dich", "du", "unser", "unsere", "oder"));
        FUNCTION_WORDS.put(
                "fr",
                Set.of(
                        "le", "la", "les", "et", "des", "vous", "pour", "avec", "une", "nous", "est", "dans", "sur",
                        "du", "au", "votre", "ou"));
        FUNCTION_WORDS.put(
                "es",
                Set.of(
                        "el", "la", "los", "las", "y", "con", "para", "una", "que", "por", "del", "nuestro", "tu",
                        "como", "o", "es"));
        FUNCTION_WORDS.put(
                "nl",
                Set.of(
                        "het", "en", "een", "van", "met", "voor", "je", "wij", "ons", "jouw", "op", "bij", "naar",
                        "zijn"));
        FUNCTION_WORDS.put(
                "it", Set.of("il", "e", "di", "con", "per", "che", "del", "della", "nel", "sono", "gli", "lo"));
        FUNCTION_WORDS.put(
                "pt", Set.of("o", "os", "as", "com", "para", "uma", "que", "do", "da", "em", "você", "nosso", "são"));
    }

    private LanguageGuess() {}

    /** The ISO 639-1 code of the language whose function words are most frequent; English when unsure. */
    static String of(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            String word = m.group().toLowerCase(Locale.ROOT);
            FUNCTION_WORDS.forEach((language, set) -> {
                if (set.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        if (words < MIN_WORDS) {
            return "en";
        }
        String best = "en";
        int bestHits = hits.getOrDefault("en", 0);
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                best = entry.getKey();
                bestHits = entry.getValue();
            }
        }
        return best;
    }
}
