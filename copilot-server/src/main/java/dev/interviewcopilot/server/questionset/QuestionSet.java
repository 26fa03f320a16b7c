package dev.interviewcopilot.server.questionset;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A hiring manager's question set at one version.
 *
 * @param id the set's id
 * @param hiringManager who owns it, if stated
 * @param jobDescription the job description it was planned from
 * @param createdAt when it was created
 * @param latestVersion the number of its latest version
 * @param version this version
 * @param content this version's content
 */
public record QuestionSet(
        UUID id,
        Optional<String> hiringManager,
        String jobDescription,
        Instant createdAt,
        int latestVersion,
        SetVersion version,
        SetContent content) {}
