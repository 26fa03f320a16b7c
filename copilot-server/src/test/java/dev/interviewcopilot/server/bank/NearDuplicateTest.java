package dev.interviewcopilot.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestBank;
import dev.interviewcopilot.server.llm.MiniLmEmbedder;
import dev.interviewcopilot.server.questionset.ItemSimilarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No two active items ask essentially the same thing. Each item's question and "evaluates" text is embedded with
 * the bank's own model (MiniLM) and every pair is compared by cosine similarity.
 *
 * <p>The threshold, {@value #THRESHOLD}, comes from measurements on this bank (question-bank README): the most
 * similar distinct items, such as "toughest feedback you received" and "difficult feedback you gave a peer", score
 * up to 0.76, while a reworded copy of an item ({@link #should_flag_a_reworded_copy_of_an_item}) scores 0.93. The
 * threshold sits midway, with room on both sides.
 */
class NearDuplicateTest {
    static final double THRESHOLD = ItemSimilarity.NEAR_DUPLICATE;

    private static MiniLmEmbedder embedder;

    record Pair(double cosine, QuestionItem a, QuestionItem b) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%.3f %s \"%s\" ~ %s \"%s\"",
                    cosine,
                    a.id(),
                    abbreviate(a.question()),
                    b.id(),
                    abbreviate(b.question()));
        }
    }

    @BeforeAll
    static void loadModel() {
        embedder = MiniLmEmbedder.create(2);
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    @Test
    void should_have_no_near_duplicate_active_items() {
        List<QuestionItem> active =
                TestBank.bank().items().stream().filter(QuestionItem::active).toList();
        List<Pair> pairs = mostSimilar(active);
        System.out.println("most similar active items:");
        pairs.stream().limit(5).forEach(p -> System.out.println("  " + p));

        assertThat(pairs).filteredOn(p -> p.cosine() >= THRESHOLD).isEmpty();
    }

    @Test
    void should_flag_a_reworded_copy_of_an_item() {
        QuestionItem booking = TestBank.bank().items().stream()
                .filter(i -> i.id().toString().equals("6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90"))
                .findFirst()
                .orElseThrow();
        float[] original = embedder.embed(ItemSimilarity.identity(booking));
        float[] reworded =
                embedder.embed("How would you design the API and storage for reserving meeting rooms so that "
                        + "nobody can ever hold a room twice for overlapping times, even with simultaneous requests hitting "
                        + "different servers?\nWhether the candidate can make check-then-write safe under concurrency with the "
                        + "database's guarantees, and stop retries from creating duplicates.");

        double similarity = cosine(original, reworded);
        System.out.printf(Locale.ROOT, "reworded copy of the booking item: cosine %.3f%n", similarity);

        assertThat(similarity).isGreaterThanOrEqualTo(THRESHOLD);
    }

    private static List<Pair> mostSimilar(List<QuestionItem> items) {
        List<float[]> vectors =
                embedder.embedAll(items.stream().map(ItemSimilarity::identity).toList());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                pairs.add(new Pair(cosine(vectors.get(i), vectors.get(j)), items.get(i), items.get(j)));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::cosine).reversed());
        return pairs;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot; // MiniLM vectors are unit length
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
