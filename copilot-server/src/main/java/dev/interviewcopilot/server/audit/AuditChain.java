package dev.interviewcopilot.server.audit;

import dev.interviewcopilot.server.store.Sha256;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain: how an event's hash is computed and how a trail is verified. Each field enters the hash with its
 * length, so no two different events can hash the same input.
 */
public final class AuditChain {
    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** SHA-256 of a payload, hex. */
    public static String payloadHash(String payload) {
        return Sha256.hex(payload);
    }

    /** The hash of an event with these fields. */
    static String hash(
            String prevHash, String interviewId, long seq, String at, String actor, String kind, String payloadHash) {
        StringBuilder input = new StringBuilder();
        for (String field : List.of(prevHash, interviewId, Long.toString(seq), at, actor, kind, payloadHash)) {
            input.append(field.length()).append(':').append(field).append(';');
        }
        return Sha256.hex(input.toString());
    }

    static String hash(AuditEvent e) {
        return hash(e.prevHash(), e.interviewId(), e.seq(), e.at().toString(), e.actor(), e.kind(), e.payloadHash());
    }

    /**
     * Checks a trail in order: sequence numbers from 1 without gaps, each event linked to the one before, each hash
     * recomputed, each payload still present matching its hash. Tombstones count as erased, not as broken.
     */
    public static Verification verify(List<AuditEvent> events) {
        String prev = GENESIS;
        long expectedSeq = 1;
        int erased = 0;
        for (AuditEvent e : events) {
            if (e.seq() != expectedSeq) {
                return Verification.broken(events.size(), erased, e.seq(), "event " + expectedSeq + " is missing");
            }
            if (!e.prevHash().equals(prev)) {
                return Verification.broken(events.size(), erased, e.seq(), "does not link to the event before it");
            }
            if (e.payload().isPresent()) {
                if (!payloadHash(e.payload().get()).equals(e.payloadHash())) {
                    return Verification.broken(
                            events.size(), erased, e.seq(), "the payload does not match its recorded hash");
                }
            } else {
                erased++;
            }
            if (!hash(e).equals(e.hash())) {
                return Verification.broken(events.size(), erased, e.seq(), "the event's fields do not match its hash");
            }
            prev = e.hash();
            expectedSeq++;
        }
        return new Verification(true, events.size(), erased, Optional.empty(), Optional.empty(), prev);
    }

    /**
     * The outcome of verifying a trail.
     *
     * @param valid whether every event checks out
     * @param events how many events were checked
     * @param erased how many are tombstones
     * @param brokenAt the first event that fails, if any
     * @param problem what is wrong with it
     * @param head the last valid hash: quote it elsewhere to anchor the trail
     */
    public record Verification(
            boolean valid, int events, int erased, Optional<Long> brokenAt, Optional<String> problem, String head) {
        static Verification broken(int events, int erased, long seq, String problem) {
            return new Verification(false, events, erased, Optional.of(seq), Optional.of(problem), "");
        }
    }
}
