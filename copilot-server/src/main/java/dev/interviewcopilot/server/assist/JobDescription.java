package dev.interviewcopilot.server.assist;

import java.util.Optional;

/**
 * A job description as pasted, with what the hiring manager already stated.
 *
 * @param text the job description
 * @param role the role family id, if stated: it wins over what the text suggests
 * @param seniority the seniority level id, if stated
 */
public record JobDescription(String text, Optional<String> role, Optional<String> seniority) {

    public static JobDescription of(String text) {
        return new JobDescription(text, Optional.empty(), Optional.empty());
    }
}
