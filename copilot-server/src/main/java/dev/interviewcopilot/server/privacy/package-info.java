/**
 * A candidate's right to erasure: their name, email, transcripts, probes, notes and scorecards go, everywhere, in
 * one transaction; the decision trail keeps tombstones (hashes without payloads) and records the erasure itself.
 */
package dev.interviewcopilot.server.privacy;
