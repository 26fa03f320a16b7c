package dev.interviewcopilot.server.assist;

import java.util.List;

/**
 * Who an AI operation runs for and whom it is about.
 *
 * @param user the interviewer or hiring manager, for the per-user model budget
 * @param candidateIdentifiers the candidate's name and email (when the operation concerns a candidate), masked
 *     before any text leaves for a model and restored in its answer
 */
public record Caller(String user, List<String> candidateIdentifiers) {
    public Caller {
        candidateIdentifiers = List.copyOf(candidateIdentifiers);
    }

    /** A caller with no candidate involved, such as a hiring manager planning an interview. */
    public static Caller of(String user) {
        return new Caller(user, List.of());
    }
}
