package dev.interviewcopilot.server.live;

import dev.interviewcopilot.server.assist.Probe;
import dev.interviewcopilot.server.assist.ProbeTarget;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A probe as suggested in an interview, with the interviewer's decision.
 *
 * @param id the probe's id, for marking it used or dismissed
 * @param questionId the question it follows up
 * @param text the question to ask
 * @param target what it aims at
 * @param why what the answer has not shown yet
 * @param source where the wording comes from
 * @param status suggested, used or dismissed
 * @param createdAt when it was suggested
 * @param decidedAt when the interviewer decided
 */
public record StoredProbe(
        UUID id,
        UUID questionId,
        String text,
        ProbeTarget target,
        String why,
        Probe.Source source,
        ProbeStatus status,
        Instant createdAt,
        Optional<Instant> decidedAt) {
    static StoredProbe suggested(UUID questionId, Probe probe, Instant at) {
        return new StoredProbe(
                UUID.randomUUID(),
                questionId,
                probe.text(),
                probe.target(),
                probe.why(),
                probe.source(),
                ProbeStatus.SUGGESTED,
                at,
                Optional.empty());
    }

    StoredProbe decided(ProbeStatus decision, Instant at) {
        return new StoredProbe(id, questionId, text, target, why, source, decision, createdAt, Optional.of(at));
    }
}
