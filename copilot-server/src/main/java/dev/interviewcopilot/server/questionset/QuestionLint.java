package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.compliance.LintFinding;
import java.util.UUID;

/**
 * A protected-topic finding in a planned question.
 *
 * @param questionId the question
 * @param field where in it ({@code question}, {@code keyPoints[2].probe}, ...)
 * @param finding what the linter found
 */
public record QuestionLint(UUID questionId, String field, LintFinding finding) {}
