package dev.interviewcopilot.eval.check;

/**
 * The verdict of one assertion on one case.
 *
 * @param type the assertion type
 * @param passed whether it held
 * @param message what was found, in words
 */
public record CheckResult(String type, boolean passed, String message) {}
