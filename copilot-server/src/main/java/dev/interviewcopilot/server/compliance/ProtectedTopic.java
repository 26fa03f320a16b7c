package dev.interviewcopilot.server.compliance;

import java.util.List;

/**
 * One protected topic: why interviews must stay away from it, how it shows up in text, and what to ask instead.
 *
 * @param id stable slug, e.g. {@code age}
 * @param name human-readable name
 * @param why the reason the topic is off limits
 * @param alternative a job-related question or approach to offer instead
 * @param patterns case-insensitive regular expressions that recognise the topic
 * @param allow patterns of harmless phrases that contain a match (e.g. "race condition"); a match inside one is
 *     not reported
 */
public record ProtectedTopic(
        String id, String name, String why, String alternative, List<String> patterns, List<String> allow) {

    public ProtectedTopic {
        patterns = List.copyOf(patterns);
        allow = allow == null ? List.of() : List.copyOf(allow);
    }
}
