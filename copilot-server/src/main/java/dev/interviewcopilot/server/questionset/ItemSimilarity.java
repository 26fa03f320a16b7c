package dev.interviewcopilot.server.questionset;

import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.llm.TextEmbedder;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How alike two questions are: the cosine of the in-process embeddings of what each asks and evaluates, the same
 * measure and threshold the bank's near-duplicate gate uses. Vectors are cached per item id (items never change
 * under an id). Thread-safe.
 */
public final class ItemSimilarity {
    /** At or above this, two questions ask essentially the same thing; a plan never holds both. */
    public static final double NEAR_DUPLICATE = 0.85;

    private final TextEmbedder embedder;
    private final Map<UUID, float[]> vectors = new ConcurrentHashMap<>();

    public ItemSimilarity(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    /** What an item asks and what it is for: the text two duplicates would share. */
    public static String identity(QuestionItem item) {
        return item.question() + "\n" + item.evaluates();
    }

    /** Embeds, in batches, the items not seen before, so a plan's many comparisons cost one model pass. */
    void prepare(Collection<QuestionItem> items) {
        List<QuestionItem> missing =
                items.stream().filter(i -> !vectors.containsKey(i.id())).toList();
        for (int start = 0; start < missing.size(); start += 64) {
            List<QuestionItem> batch = missing.subList(start, Math.min(missing.size(), start + 64));
            List<float[]> embedded = embedder.embedAll(
                    batch.stream().map(ItemSimilarity::identity).toList());
            for (int i = 0; i < batch.size(); i++) {
                vectors.put(batch.get(i).id(), embedded.get(i));
            }
        }
    }

    /** The cosine similarity of two items (unit vectors, so the dot product). */
    double of(QuestionItem a, QuestionItem b) {
        float[] x = vector(a);
        float[] y = vector(b);
        double dot = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
        }
        return dot;
    }

    private float[] vector(QuestionItem item) {
        return vectors.computeIfAbsent(item.id(), id -> embedder.embed(identity(item)));
    }
}
