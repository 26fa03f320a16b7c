package dev.interviewcopilot.bench;

import dev.interviewcopilot.server.llm.TextEmbedder;
import java.util.List;
import java.util.Map;

/** Answers embeddings from a table computed beforehand, so the benchmarks measure the index, not the model. */
final class PrecomputedEmbedder implements TextEmbedder {
    private final Map<String, float[]> vectors;
    private final int dimensions;

    PrecomputedEmbedder(Map<String, float[]> vectors) {
        this.vectors = vectors;
        this.dimensions = vectors.values().iterator().next().length;
    }

    @Override
    public float[] embed(String text) {
        float[] vector = vectors.get(text);
        if (vector == null) {
            throw new IllegalArgumentException("no precomputed vector for: " + text);
        }
        return vector;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    @Override
    public String modelId() {
        return "precomputed-minilm-mix";
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public void close() {}
}
