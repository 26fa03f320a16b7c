package dev.interviewcopilot.server.assist;

/**
 * A verbatim span of the transcript, located by code: {@code segment text.substring(start, end)} equals the quote.
 *
 * @param segmentId the transcript segment
 * @param start index of the quote's first character in the segment text
 * @param end index after its last character
 * @param quote the words, exactly as transcribed
 */
public record Evidence(String segmentId, int start, int end, String quote) {}
