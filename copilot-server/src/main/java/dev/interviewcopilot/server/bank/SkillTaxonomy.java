package dev.interviewcopilot.server.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves what people write ("k8s", "Postgres", "React.js") to a skill of the taxonomy. Immutable; the loader
 * has already checked that ids and synonyms are unique once normalised.
 */
public final class SkillTaxonomy {
    /** The longest skill name in words ("amazon web services cloud development kit" is not one). */
    static final int MAX_WORDS = 5;
    /**
     * A word as skill names write it: letters and digits, with inner dots, dashes, slashes and apostrophes
     * (Node.js, CI/CD) and trailing plus or hash signs (C++, C#).
     */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s._-]+");

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|[.'/-](?=[\\p{L}\\p{N}]))*[+#]*");

    private final List<Skill> skills;
    private final Map<String, Skill> byTerm;

    SkillTaxonomy(List<Skill> skills) {
        this.skills = List.copyOf(skills);
        Map<String, Skill> terms = new HashMap<>();
        for (Skill skill : skills) {
            terms.putIfAbsent(normalize(skill.id()), skill);
            terms.putIfAbsent(normalize(skill.name()), skill);
            skill.synonyms().forEach(s -> terms.putIfAbsent(normalize(s), skill));
        }
        this.byTerm = Map.copyOf(terms);
    }

    /** Every skill, in file order. */
    public List<Skill> skills() {
        return skills;
    }

    /** The skill an id, name or synonym stands for, whatever its case, spacing or punctuation. */
    public Optional<Skill> resolve(String term) {
        return Optional.ofNullable(byTerm.get(normalize(term)));
    }

    /**
     * The skills a text names, in order: at each word the longest run of up to {@value #MAX_WORDS} words (on one
     * line, separated only by spaces) that resolves to a skill. A skill's common words ({@link Skill#commonWords()})
     * count only when written exactly as listed ("Go", "SOLID"), and a single letter ("C", "R") never counts alone.
     */
    public List<SkillMention> mentions(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        List<SkillMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matchedWords = 0;
            for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1 && matchedWords == 0; n--) {
                if (!spaced(text, tokens, i, n)) {
                    continue;
                }
                int start = tokens.get(i)[0];
                int end = tokens.get(i + n - 1)[1];
                String words = text.substring(start, end);
                Optional<Skill> skill = resolve(words).filter(found -> counts(found, words));
                if (skill.isPresent()) {
                    mentions.add(new SkillMention(skill.get(), start, end, words));
                    matchedWords = n;
                }
            }
            i += Math.max(1, matchedWords);
        }
        return mentions;
    }

    /** Whether the words between tokens i and i + n - 1 are separated by spaces only. */
    private static boolean spaced(String text, List<int[]> tokens, int i, int n) {
        for (int k = i; k < i + n - 1; k++) {
            String gap = text.substring(tokens.get(k)[1], tokens.get(k + 1)[0]);
            if (!gap.isEmpty() && !gap.chars().allMatch(c -> c == ' ' || c == '\t')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A single letter never counts alone; a common word counts only written exactly as the taxonomy spells it
     * (separators aside), so "Go" and "SOLID" count and "go" and "Solid understanding" do not.
     */
    private static boolean counts(Skill skill, String words) {
        if (words.length() == 1) {
            return false;
        }
        String normalized = normalize(words);
        List<String> common = skill.commonWords().stream()
                .filter(w -> normalize(w).equals(normalized))
                .toList();
        String written = SEPARATORS.matcher(words.strip()).replaceAll("");
        return common.isEmpty()
                || common.stream()
                        .anyMatch(w ->
                                SEPARATORS.matcher(w.strip()).replaceAll("").equals(written));
    }

    /** The skill with exactly this id. */
    public Optional<Skill> skill(String id) {
        return skills.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Folds case and treats spaces, dashes, dots and underscores alike, so "Node.js", "nodejs" and "node-js"
     * meet; "c++" and "c#" keep their symbols.
     */
    static String normalize(String term) {
        return term.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s._-]+", "");
    }

    /** The normalised forms a skill claims: its id, name and synonyms. */
    static Collection<String> terms(Skill skill) {
        List<String> all = new ArrayList<>();
        all.add(normalize(skill.id()));
        all.add(normalize(skill.name()));
        skill.synonyms().forEach(s -> all.add(normalize(s)));
        return all.stream().distinct().toList();
    }
}
