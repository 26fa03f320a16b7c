package dev.interviewcopilot.server.questionset;

import java.time.Instant;

/**
 * One version of a question set, without its content.
 *
 * @param version 1 for the first, then one more per edit
 * @param at when it was made
 * @param author who made it
 * @param change what changed, in words
 */
public record SetVersion(int version, Instant at, String author, String change) {}
