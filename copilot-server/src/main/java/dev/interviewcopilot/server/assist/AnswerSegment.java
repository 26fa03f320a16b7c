package dev.interviewcopilot.server.assist;

/**
 * A piece of the candidate's answer as transcribed.
 *
 * @param id the transcript segment's id, which evidence cites
 * @param text what the candidate said, verbatim
 */
public record AnswerSegment(String id, String text) {}
