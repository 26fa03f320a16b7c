package dev.interviewcopilot.server.assist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The segments evidence may quote, by id, and the code that checks a quote is really there. */
final class Transcript {
    private final Map<String, String> segments = new LinkedHashMap<>();

    Transcript(List<AnswerSegment> segments) {
        segments.forEach(s -> this.segments.put(s.id(), s.text()));
    }

    /** The quote located in the named segment, character for character. */
    Optional<Evidence> locate(String segmentId, String quote) {
        String text = segments.get(segmentId);
        if (text == null || quote.isEmpty()) {
            return Optional.empty();
        }
        int at = text.indexOf(quote);
        return at < 0 ? Optional.empty() : Optional.of(new Evidence(segmentId, at, at + quote.length(), quote));
    }

    /** The ids of the segments holding the quote exactly. */
    List<String> segmentsHolding(String quote) {
        return segments.entrySet().stream()
                .filter(e -> !quote.isEmpty() && e.getValue().contains(quote))
                .map(Map.Entry::getKey)
                .toList();
    }

    boolean has(String segmentId) {
        return segments.containsKey(segmentId);
    }
}
