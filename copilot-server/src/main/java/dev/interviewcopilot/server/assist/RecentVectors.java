package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.llm.TextEmbedder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vectors of recently embedded sentences. Each follow-up reads the whole answer so far, so without this every
 * request embedded every sentence again, and under load the inference threads queued: only the new sentences
 * are embedded now. Kept by a SHA-256 of the sentence, never the text, so no candidate words stay in memory after
 * the transcript is erased; the oldest entries go first.
 */
final class RecentVectors {
    private final TextEmbedder embedder;
    private final Map<String, float[]> recent;

    RecentVectors(TextEmbedder embedder, int capacity) {
        this.embedder = embedder;
        this.recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The vectors of the texts, in order, embedding in one batch only those not seen recently. */
    List<float[]> of(List<String> texts) {
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
