package dev.interviewcopilot.server.http;

/**
 * What is wrong with one field of a request.
 *
 * @param field the parameter or JSON field, e.g. {@code limit} or {@code segments[2].text}
 * @param message what is wrong with it, for a human
 */
public record FieldError(String field, String message) {}
