package dev.interviewcopilot.server.assist;

import java.util.List;

/**
 * Up to three probes and where they came from.
 *
 * @param probes the probes, best first
 * @param provenance the engine that produced them and why
 */
public record ProbeSuggestions(List<Probe> probes, Provenance provenance) {
    public ProbeSuggestions {
        probes = List.copyOf(probes);
    }
}
