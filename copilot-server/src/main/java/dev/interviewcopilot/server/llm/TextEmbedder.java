package dev.interviewcopilot.server.llm;

import java.util.List;

/**
 * Turns text into unit-length vectors whose dot product measures semantic similarity. The seam between search
 * and whichever embedding model is used (tests and benchmarks supply cheap deterministic ones).
 */
public interface TextEmbedder extends AutoCloseable {

    /** The vector of one text; unit length. */
    float[] embed(String text);

    /** The vectors of many texts, in order; faster than one at a time. */
    List<float[]> embedAll(List<String> texts);

    /** Identifies the model and its version: vectors from different ids are not comparable. */
    String modelId();

    /** The number of dimensions of every vector. */
    int dimensions();

    @Override
    void close();
}
