package dev.interviewcopilot.server.catalog;

/**
 * How many results a search returns when the client does not say, and at most.
 *
 * @param defaultLimit results when {@code limit} is absent
 * @param maxLimit the largest {@code limit} accepted
 */
public record SearchLimits(int defaultLimit, int maxLimit) {}
