/**
 * After (or during) the answer: note drafts behind a transcript quality gate, the interviewer's confirm, edit
 * (with the diff kept) or reject decision on each, and the scorecard that only confirmed notes reach, signed on
 * submission and amended, never edited, afterwards.
 */
package dev.interviewcopilot.server.notes;
