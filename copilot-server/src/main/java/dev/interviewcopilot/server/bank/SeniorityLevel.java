package dev.interviewcopilot.server.bank;

/**
 * A seniority level.
 *
 * @param id slug
 * @param name human-readable name
 * @param rank order from least to most senior
 * @param description what is expected at this level
 */
public record SeniorityLevel(String id, String name, int rank, String description) {}
