package dev.interviewcopilot.server.bank;

import java.util.List;

/**
 * A family of roles that share a body of questions, such as backend or data engineering.
 *
 * @param id slug
 * @param name human-readable name
 * @param description what people in the family do
 * @param titles how job titles and descriptions name the role, matched case-insensitively as whole words
 */
public record RoleFamily(String id, String name, String description, List<String> titles) {
    public RoleFamily {
        titles = titles == null ? List.of() : List.copyOf(titles);
    }
}
