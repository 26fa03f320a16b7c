package dev.interviewcopilot.server.live;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The person interviewed. Name and email are the personal data that erasure removes.
 *
 * @param id the candidate's id
 * @param name their name; empty once erased
 * @param email their email; empty once erased
 * @param erased whether their data has been erased
 */
public record Candidate(UUID id, Optional<String> name, Optional<String> email, boolean erased) {
    /** The identifiers masked before any text leaves for a model. */
    public List<String> identifiers() {
        return Stream.of(name, email).flatMap(Optional::stream).toList();
    }
}
