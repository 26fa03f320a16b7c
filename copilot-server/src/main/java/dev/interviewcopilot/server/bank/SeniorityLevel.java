package dev.interviewcopilot.server.bank;

import java.util.List;
import java.util.Optional;

/**
 * A seniority level.
 *
 * @param id slug
 * @param name human-readable name
 * @param rank order from least to most senior
 * @param description what is expected at this level
 * @param titles words job titles use for the level, matched case-insensitively as whole words
 * @param minYears years of experience a job description asks for from this level up, when it names no level
 */
public record SeniorityLevel(
        String id, String name, int rank, String description, List<String> titles, Optional<Integer> minYears) {
    public SeniorityLevel {
        titles = titles == null ? List.of() : List.copyOf(titles);
        minYears = minYears == null ? Optional.empty() : minYears;
    }
}
