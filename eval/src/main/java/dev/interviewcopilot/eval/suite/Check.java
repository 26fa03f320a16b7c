package dev.interviewcopilot.eval.suite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One assertion of a case, in promptfoo's shape: a {@code type} and its {@code value}.
 *
 * @param type the assertion type, such as {@code relevance} or {@code no-protected-topic}
 * @param value its argument; a missing node when the type takes none
 */
public record Check(String type, JsonNode value) {}
