package dev.interviewcopilot.server.llm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * all-MiniLM-L6-v2 run in process by ONNX Runtime: 384 dimensions, unit length, and the model ships inside its
 * jar, so nothing is downloaded.
 *
 * <p>ONNX inference is a native call that pins the carrier of a virtual thread; with two carriers on a small
 * machine, two concurrent embeddings would stall every request. All inference therefore runs on a small pool of
 * platform threads, and request threads (virtual) just wait for the result.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private static final String MODEL_ID = "all-minilm-l6-v2@langchain4j-1.18.1-beta28";
    private static final int DIMENSIONS = 384;

    private final ExecutorService inference;
    private final EmbeddingModel model;

    private MiniLmEmbedder(int threads) {
        AtomicInteger counter = new AtomicInteger();
        this.inference = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "embedding-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.model = new AllMiniLmL6V2EmbeddingModel(inference);
    }

    /**
     * Loads the model (a few seconds).
     *
     * @param threads platform threads for inference
     */
    public static MiniLmEmbedder create(int threads) {
        return new MiniLmEmbedder(threads);
    }

    @Override
    public float[] embed(String text) {
        return onInferenceThread(() -> model.embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        if (texts.size() == 1) {
            // The model runs a single text on the calling thread; keep it on the inference pool instead.
            return List.of(embed(texts.get(0)));
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        // For several texts the model fans out over the inference pool itself; the caller only waits.
        return model.embedAll(segments).content().stream()
                .map(Embedding::vector)
                .toList();
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public void close() {
        inference.shutdownNow();
    }

    private <T> T onInferenceThread(Callable<T> task) {
        Future<T> future = inference.submit(task);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("embedding failed", e.getCause());
        }
    }
}
