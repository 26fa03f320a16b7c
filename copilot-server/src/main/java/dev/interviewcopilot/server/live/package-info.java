/**
 * The live interview: interviews and their candidates, the transcript as it is spoken or typed, the current
 * question, follow-up probes (JSON or streamed as server-sent events) and the interviewer's decision on each.
 * Every change is written with its decision-trail event in one transaction.
 */
package dev.interviewcopilot.server.live;
