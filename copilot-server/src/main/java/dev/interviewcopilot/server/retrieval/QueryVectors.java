package dev.interviewcopilot.server.retrieval;

import dev.interviewcopilot.server.llm.TextEmbedder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Embeds search queries, remembering the most recent ones: an interviewer often repeats a query while changing
 * filters, and an embedding costs milliseconds while a lookup costs nanoseconds.
 */
final class QueryVectors {
    private final TextEmbedder embedder;
    private final Map<String, float[]> recent;

    QueryVectors(TextEmbedder embedder, int capacity) {
        this.embedder = embedder;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    float[] of(String query) {
        String key = query.strip().toLowerCase(Locale.ROOT);
        synchronized (recent) {
            float[] cached = recent.get(key);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = embedder.embed(key);
        synchronized (recent) {
            recent.put(key, vector);
        }
        return vector;
    }
}
