package dev.interviewcopilot.server.bank;

/**
 * Something interviews evaluate; every question names one.
 *
 * @param id slug
 * @param name human-readable name
 * @param description what it covers
 */
public record Competency(String id, String name, String description) {}
