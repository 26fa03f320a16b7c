package dev.interviewcopilot.server.assist;

import java.util.Optional;

/**
 * Something read from a job description: a role family, seniority level or competency id, with the words it came
 * from.
 *
 * @param id the id in the bank
 * @param span the words it came from; absent when the hiring manager stated it
 */
public record Finding(String id, Optional<TextSpan> span) {}
