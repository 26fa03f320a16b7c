package dev.interviewcopilot.server.llm;

/** How long a model call may take: live calls serve an interviewer waiting mid-answer; batch calls do not. */
public enum Budget {
    /** Tight: follow-up probes and notes during an interview. */
    LIVE,
    /** Loose: interview plans, gap questions, evaluations. */
    BATCH
}
