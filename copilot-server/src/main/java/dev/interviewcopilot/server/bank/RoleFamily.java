package dev.interviewcopilot.server.bank;

/**
 * A family of roles that share a body of questions, such as backend or data engineering.
 *
 * @param id slug
 * @param name human-readable name
 * @param description what people in the family do
 */
public record RoleFamily(String id, String name, String description) {}
