package dev.interviewcopilot.server.audit;

import java.util.List;

/**
 * An interview's trail with the verification of its chain.
 *
 * @param events the events in order
 * @param verification whether the chain holds
 */
public record AuditTrail(List<AuditEvent> events, AuditChain.Verification verification) {
    public AuditTrail {
        events = List.copyOf(events);
    }
}
