package dev.interviewcopilot.server.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.FakeEmbedder;
import dev.interviewcopilot.server.TestBank;
import dev.interviewcopilot.server.bank.QuestionBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building, reusing and replacing the on-disk index. */
class QuestionIndexTest {
    private final QuestionBank bank = TestBank.bank();

    @TempDir
    Path root;

    @Test
    void should_build_then_reuse_without_embedding_again() {
        FakeEmbedder first = new FakeEmbedder();
        try (QuestionIndex built = QuestionIndex.open(root, SearchCorpus.of(bank), first)) {
            assertThat(built.build().reused()).isFalse();
            assertThat(built.build().documents()).isEqualTo(bank.items().size());
        }
        assertThat(first.embedded()).isEqualTo(bank.items().size());

        FakeEmbedder second = new FakeEmbedder();
        try (QuestionIndex reused = QuestionIndex.open(root, SearchCorpus.of(bank), second)) {
            assertThat(reused.build().reused()).isTrue();
            assertThat(reused.build().documents()).isEqualTo(bank.items().size());
        }
        assertThat(second.embedded()).isZero();
    }

    @Test
    void should_rebuild_and_drop_the_old_index_when_the_bank_changes() throws IOException {
        try (QuestionIndex old = QuestionIndex.open(
                root, new SearchCorpus(bank.items(), bank.skills(), "hash-one"), new FakeEmbedder())) {
            assertThat(old.build().reused()).isFalse();
        }

        try (QuestionIndex fresh = QuestionIndex.open(
                root, new SearchCorpus(bank.items(), bank.skills(), "hash-two"), new FakeEmbedder())) {
            assertThat(fresh.build().reused()).isFalse();
            assertThat(directories()).containsExactly(root.resolve(fresh.build().fingerprint()));
        }
    }

    @Test
    void should_rebuild_over_a_damaged_index_directory() throws IOException {
        String fingerprint = QuestionIndex.fingerprint(bank.contentHash(), new FakeEmbedder().modelId());
        Files.createDirectories(root.resolve(fingerprint));
        Files.writeString(root.resolve(fingerprint).resolve("segments_1"), "not an index");

        try (QuestionIndex index = QuestionIndex.open(root, SearchCorpus.of(bank), new FakeEmbedder())) {
            assertThat(index.build().reused()).isFalse();
            assertThat(index.build().documents()).isEqualTo(bank.items().size());
        }
    }

    @Test
    void should_remove_a_half_built_index_left_by_a_crash() throws IOException {
        Files.createDirectories(root.resolve("abc.building-123"));

        try (QuestionIndex index = QuestionIndex.open(root, SearchCorpus.of(bank), new FakeEmbedder())) {
            assertThat(directories()).containsExactly(root.resolve(index.build().fingerprint()));
        }
    }

    @Test
    void should_tie_the_fingerprint_to_the_embedding_model() {
        assertThat(QuestionIndex.fingerprint("same", "model-a"))
                .isNotEqualTo(QuestionIndex.fingerprint("same", "model-b"));
    }

    private Stream<Path> directoriesStream() throws IOException {
        return Files.list(root).filter(Files::isDirectory);
    }

    private java.util.List<Path> directories() throws IOException {
        try (Stream<Path> dirs = directoriesStream()) {
            return dirs.toList();
        }
    }
}
