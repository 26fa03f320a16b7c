package dev.interviewcopilot.server.bank;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what people write ("k8s", "Postgres", "React.js") to a skill of the taxonomy. Immutable; the loader
 * has already checked that ids and synonyms are unique once normalised.
 */
public final class SkillTaxonomy {
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
        List<String> all = new java.util.ArrayList<>();
        all.add(normalize(skill.id()));
        all.add(normalize(skill.name()));
        skill.synonyms().forEach(s -> all.add(normalize(s)));
        return all.stream().distinct().toList();
    }
}
