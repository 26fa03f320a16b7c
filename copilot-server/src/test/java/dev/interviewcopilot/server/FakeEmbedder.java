package dev.interviewcopilot.server;

import dev.interviewcopilot.server.llm.TextEmbedder;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic bag-of-words embedder for tests where the real model is beside the point: each word hashes to
 * one of 64 dimensions, so texts sharing words are similar. Counts its calls so tests can tell a reused index
 * from a rebuilt one.
 */
public final class FakeEmbedder implements TextEmbedder {
    public static final int DIMENSIONS = 64;
    private final AtomicInteger embedded = new AtomicInteger();

    @Override
    public float[] embed(String text) {
        embedded.incrementAndGet();
        float[] v = new float[DIMENSIONS];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.length() > 2) {
                v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            v[0] = 1;
            return v;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    /** How many texts were embedded so far. */
    public int embedded() {
        return embedded.get();
    }

    @Override
    public String modelId() {
        return "fake-bag-of-words-64";
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public void close() {}
}
