package dev.interviewcopilot.server.access;

import java.time.Instant;
import java.util.Optional;

/**
 * A token as stored: everything but the secret, of which only a hash is kept.
 *
 * @param id its public id, used to list and revoke it
 * @param subject who holds it
 * @param role what it may do
 * @param label a free note (which machine or tool uses it)
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked, if it was
 */
public record ApiToken(
        String id, String subject, Role role, Optional<String> label, Instant createdAt, Optional<Instant> revokedAt) {
    public boolean active() {
        return revokedAt.isEmpty();
    }

    public Principal principal() {
        return new Principal(id, subject, role);
    }
}
