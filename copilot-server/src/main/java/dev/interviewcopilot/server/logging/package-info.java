/**
 * Log output: plain text for people or one JSON object per line for log pipelines, each line carrying the
 * request id. What the service logs is decided elsewhere and never includes request bodies, transcripts or notes.
 */
package dev.interviewcopilot.server.logging;
