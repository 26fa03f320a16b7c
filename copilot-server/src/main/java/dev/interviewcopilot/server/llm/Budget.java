package dev.interviewcopilot.server.llm;

/** How long a model call may take: live calls serve an interviewer waiting mid-answer; batch calls do not. */
public enum Budget {
    /** Tight: follow-up probes while the candidate is answering. */
    LIVE,
    /** Loose: note drafts between questions, job-description requirements, gap questions, evaluations. */
    BATCH
}
