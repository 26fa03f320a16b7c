package dev.interviewcopilot.server.bank;

/**
 * A sign of a weak answer.
 *
 * @param id slug, unique within its item
 * @param flag what the weak answer does
 * @param soundsLike a typical phrasing, so an interviewer recognises it live
 */
public record RedFlag(String id, String flag, String soundsLike) {}
