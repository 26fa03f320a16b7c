package dev.interviewcopilot.server.bank;

import java.util.List;

/**
 * A skill from the taxonomy: what job descriptions ask for and questions are tagged with.
 *
 * @param id slug, the form item tags use
 * @param name display name
 * @param category broad kind, such as language, datastore or practice
 * @param synonyms other ways people write it (abbreviations, old names), matched case-insensitively
 * @param commonWords its terms that are also everyday words (Go, Helm): in running text they count only capitalised
 */
public record Skill(String id, String name, String category, List<String> synonyms, List<String> commonWords) {
    public Skill {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        commonWords = commonWords == null ? List.of() : List.copyOf(commonWords);
    }
}
