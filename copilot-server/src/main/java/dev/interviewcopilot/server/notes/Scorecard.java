package dev.interviewcopilot.server.notes;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * An interview's scorecard as stored: the interviewer's field values, and once submitted, their signature.
 *
 * @param interviewId the interview
 * @param templateId the bank template it follows
 * @param values field id to value, as the interviewer entered them (before amendments)
 * @param status draft or submitted
 * @param version incremented by every save, for optimistic concurrency
 * @param updatedAt last change
 * @param signature the submission's signature, once submitted
 * @param amendments changes after submission, in order
 */
public record Scorecard(
        UUID interviewId,
        String templateId,
        ObjectNode values,
        Status status,
        long version,
        Instant updatedAt,
        Optional<Signature> signature,
        List<Amendment> amendments) {
    public Scorecard {
        amendments = List.copyOf(amendments);
    }

    /** Where the scorecard stands. */
    public enum Status {
        DRAFT,
        SUBMITTED;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Who signed, when, and the hash of what they signed.
     *
     * @param signedBy the signer's name
     * @param signedAt when
     * @param contentHash SHA-256 over the template, the values, the signer and the time
     */
    public record Signature(String signedBy, Instant signedAt, String contentHash) {}

    /**
     * A signed change after submission.
     *
     * @param seq its number, from 1
     * @param values the fields it changes
     * @param reason why
     * @param signature its own signature; the hash also covers the previous signature's hash
     */
    public record Amendment(long seq, ObjectNode values, String reason, Signature signature) {}

    /** The values with every amendment applied in order: what the scorecard says now. */
    public ObjectNode currentValues() {
        ObjectNode current = values.deepCopy();
        amendments.forEach(a -> current.setAll(a.values()));
        return current;
    }

    /** The hash the next amendment chains from. */
    String lastHash() {
        return amendments.isEmpty()
                ? signature.map(Signature::contentHash).orElse("")
                : amendments.get(amendments.size() - 1).signature().contentHash();
    }
}
