package dev.interviewcopilot.server.llm;

/**
 * A structured answer that passed its schema and the caller's checks.
 *
 * @param value the parsed value
 * @param answer the raw answer it came from, with its provenance
 * @param repaired whether it took the one repair round
 */
public record Parsed<T>(T value, ModelOutcome.Answered answer, boolean repaired) {}
