package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.assist.Finding;
import dev.interviewcopilot.server.assist.Provenance;
import dev.interviewcopilot.server.compliance.LintFinding;
import java.util.List;
import java.util.Optional;

/**
 * What reading the job description found, kept as it was read (the confirmed requirements may differ).
 *
 * @param language the job description's language (ISO 639-1)
 * @param role the role family it names, with the words
 * @param seniority the seniority it names, with the words
 * @param warnings phrases in the job description that ask for protected traits
 * @param provenance the engine that read it and why
 */
public record Extraction(
        String language,
        Optional<Finding> role,
        Optional<Finding> seniority,
        List<LintFinding> warnings,
        Provenance provenance) {
    public Extraction {
        warnings = List.copyOf(warnings);
    }
}
