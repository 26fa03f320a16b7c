package dev.interviewcopilot.server.bank;

/**
 * One checkable point of a model answer.
 *
 * @param id slug, unique within its item; probes and notes cite it
 * @param point what a good answer says
 * @param probe the question to ask when an answer misses the point
 */
public record KeyPoint(String id, String point, String probe) {}
