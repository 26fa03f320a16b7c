package dev.interviewcopilot.server.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of an interview's decision trail.
 *
 * @param interviewId the interview
 * @param seq its position in the chain, from 1
 * @param at when it happened
 * @param actor who acted: an interviewer's name, or {@code copilot} for AI outputs
 * @param kind what happened, e.g. {@code note-confirmed}
 * @param payload the details as JSON; empty once erased (a tombstone)
 * @param payloadHash SHA-256 of the payload as first written, kept through erasure
 * @param prevHash the previous event's hash, or 64 zeros for the first
 * @param hash SHA-256 over this event's fields and {@code prevHash}
 */
public record AuditEvent(
        String interviewId,
        long seq,
        Instant at,
        String actor,
        String kind,
        Optional<String> payload,
        String payloadHash,
        String prevHash,
        String hash) {}
