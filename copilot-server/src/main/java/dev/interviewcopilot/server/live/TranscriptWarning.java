package dev.interviewcopilot.server.live;

import dev.interviewcopilot.server.compliance.LintFinding;

/**
 * An interviewer's own question that touches a protected topic, with a job-related alternative.
 *
 * @param segmentId the segment holding the question
 * @param topic the protected topic's id
 * @param phrase the words that touch it
 * @param alternative what to ask instead
 */
public record TranscriptWarning(String segmentId, String topic, String phrase, String alternative) {
    static TranscriptWarning of(String segmentId, LintFinding finding) {
        return new TranscriptWarning(segmentId, finding.topicId(), finding.phrase(), finding.alternative());
    }
}
