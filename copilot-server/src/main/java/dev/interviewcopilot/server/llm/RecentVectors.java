package dev.interviewcopilot.server.llm;

import dev.interviewcopilot.server.store.Sha256;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vectors of recently embedded texts, least recently used first out. An embedding costs milliseconds, a lookup
 * nanoseconds: a follow-up reads the whole answer so far (without this every request embedded every sentence
 * again, and under load the inference threads queued), and an interviewer repeats a search while changing its
 * filters. Kept by a SHA-256 of the text, never the text, so no candidate words stay in memory after a transcript
 * is erased.
 */
public final class RecentVectors {
    private final TextEmbedder embedder;
    private final Map<String, float[]> recent;

    public RecentVectors(TextEmbedder embedder, int capacity) {
        this.embedder = embedder;
        this.recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The vector of one text, embedded unless seen recently. */
    public float[] of(String text) {
        return of(List.of(text)).get(0);
    }

    /** The vectors of the texts, in order, embedding in one batch only those not seen recently. */
    public List<float[]> of(List<String> texts) {
        List<String> keys = texts.stream().map(RecentVectors::key).toList();
        float[][] vectors = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        synchronized (recent) {
            for (int i = 0; i < texts.size(); i++) {
                vectors[i] = recent.get(keys.get(i));
                if (vectors[i] == null) {
                    missing.add(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> embedded =
                    embedder.embedAll(missing.stream().map(texts::get).toList());
            synchronized (recent) {
                for (int m = 0; m < missing.size(); m++) {
                    int i = missing.get(m);
                    vectors[i] = embedded.get(m);
                    recent.put(keys.get(i), vectors[i]);
                }
            }
        }
        return List.of(vectors);
    }

    private static String key(String text) {
        return Sha256.hex(text);
    }
}
