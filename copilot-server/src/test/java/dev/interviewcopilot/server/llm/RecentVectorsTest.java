package dev.interviewcopilot.server.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.FakeEmbedder;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentVectorsTest {
    private final FakeEmbedder embedder = new FakeEmbedder();

    @Test
    void should_embed_only_sentences_not_seen_recently_and_keep_the_order() {
        RecentVectors vectors = new RecentVectors(embedder, 100);
        vectors.of(List.of("I would lock the room row.", "Then return a conflict."));

        List<float[]> again =
                vectors.of(List.of("Then return a conflict.", "And add a unique index.", "I would lock the room row."));

        assertThat(embedder.embedded()).isEqualTo(3);
        assertThat(again.get(0)).isEqualTo(embedder.embed("Then return a conflict."));
        assertThat(again.get(1)).isEqualTo(embedder.embed("And add a unique index."));
        assertThat(again.get(2)).isEqualTo(embedder.embed("I would lock the room row."));
    }

    @Test
    void should_forget_the_least_recently_used_beyond_its_capacity() {
        RecentVectors vectors = new RecentVectors(embedder, 2);
        vectors.of(List.of("one sentence", "two sentence"));
        vectors.of(List.of("one sentence"));
        vectors.of(List.of("three sentence"));

        vectors.of(List.of("one sentence"));
        assertThat(embedder.embedded())
                .as("'one' was used recently, so 'two' went")
                .isEqualTo(3);
        vectors.of(List.of("two sentence"));
        assertThat(embedder.embedded()).isEqualTo(4);
    }
}
