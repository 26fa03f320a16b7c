package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks complete objects out of a JSON reply as it streams in, so each can be shown as soon as it has formed. The
 * reply is one object holding one array of objects ({@code {"probes": [{...}, {...}]}}); an object at that depth
 * is complete when its closing brace arrives. Strings are tracked, so braces inside text do not count. Anything
 * around the JSON (a Markdown fence) is ignored. Not thread-safe: one per stream.
 */
final class StreamedObjects {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Depth of an element of the array: inside the outer object (1) and the array (2). */
    private static final int ELEMENT_DEPTH = 2;

    private final StringBuilder text = new StringBuilder();
    private int scanned;
    private int depth;
    private boolean inString;
    private boolean escaped;
    private int objectStart = -1;
    private int malformed;

    /** Adds the next piece of the reply and returns the objects it completed. */
    List<JsonNode> feed(String piece) {
        text.append(piece);
        List<JsonNode> complete = new ArrayList<>();
        for (; scanned < text.length(); scanned++) {
            char c = text.charAt(scanned);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = depth > 0;
                case '{', '[' -> {
                    if (c == '{' && depth == ELEMENT_DEPTH) {
                        objectStart = scanned;
                    }
                    depth++;
                }
                case '}', ']' -> {
                    depth = Math.max(0, depth - 1);
                    if (c == '}' && depth == ELEMENT_DEPTH && objectStart >= 0) {
                        parse(text.substring(objectStart, scanned + 1), complete);
                        objectStart = -1;
                    }
                }
                default -> {
                    // other characters do not change the structure
                }
            }
        }
        return complete;
    }

    /** Objects that completed but were not valid JSON. */
    int malformed() {
        return malformed;
    }

    /** Everything received so far. */
    String text() {
        return text.toString();
    }

    private void parse(String object, List<JsonNode> out) {
        try {
            out.add(JSON.readTree(object));
        } catch (JsonProcessingException e) {
            malformed++;
        }
    }
}
