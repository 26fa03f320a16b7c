package dev.interviewcopilot.server.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestBank;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.llm.MiniLmEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden retrieval: natural interviewer queries against the real bank and the real embedding model, each with
 * the item it must find in the top five of a hybrid search. The set lives in {@code golden/search-queries.tsv}.
 */
class GoldenRetrievalTest {
    private static final int TOP = 5;

    @TempDir
    static Path data;

    private static MiniLmEmbedder embedder;
    private static QuestionIndex index;
    private static QuestionSearch search;

    record Golden(UUID expected, boolean must, String query) {
        @Override
        public String toString() {
            return query;
        }
    }

    @BeforeAll
    static void openIndex() {
        QuestionBank bank = TestBank.bank();
        embedder = MiniLmEmbedder.create(2);
        index = QuestionIndex.open(data.resolve("index"), SearchCorpus.of(bank), embedder);
        search = new QuestionSearch(index, embedder, SearchSettings.defaults());
    }

    @AfterAll
    static void close() {
        index.close();
        embedder.close();
    }

    static Stream<Golden> golden() throws IOException {
        try (InputStream in = GoldenRetrievalTest.class.getResourceAsStream("/golden/search-queries.tsv")) {
            List<Golden> golden = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 3);
                    golden.add(new Golden(
                            UUID.fromString(parts[0].strip()), "must".equals(parts[1].strip()), parts[2].strip()));
                }
            }
            return golden.stream();
        }
    }

    static Stream<Golden> mustFind() throws IOException {
        return golden().filter(Golden::must);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mustFind")
    void should_find_the_expected_item_in_the_top_five(Golden golden) {
        List<UUID> top = ids(search.search(SearchQuery.of(golden.query(), TOP)));

        assertThat(top).as("top %d for \"%s\"", TOP, golden.query()).contains(golden.expected());
    }

    @Test
    void should_cover_every_active_item_and_enough_queries() throws IOException {
        List<Golden> golden = golden().toList();

        assertThat(golden).hasSizeGreaterThanOrEqualTo(20);
        assertThat(golden.stream().map(Golden::expected).distinct())
                .containsExactlyInAnyOrderElementsOf(TestBank.bank().items().stream()
                        .filter(i -> i.active())
                        .map(i -> i.id())
                        .toList());
    }

    @Test
    void should_keep_recall_at_five_over_the_whole_set_including_stretch_queries() throws IOException {
        List<Golden> golden = golden().toList();
        long found = golden.stream()
                .filter(g -> ids(search.search(SearchQuery.of(g.query(), TOP))).contains(g.expected()))
                .count();

        assertThat((double) found / golden.size()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void should_rank_about_as_well_with_hybrid_as_with_the_best_single_retriever() throws IOException {
        List<Golden> golden = golden().toList();
        double hybrid = meanReciprocalRank(golden, SearchMode.HYBRID);
        double bm25 = meanReciprocalRank(golden, SearchMode.BM25);
        double knn = meanReciprocalRank(golden, SearchMode.KNN);
        System.out.printf(
                Locale.ROOT,
                "golden retrieval MRR@10 over %d queries: hybrid %.3f, bm25 %.3f, knn %.3f%n",
                golden.size(),
                hybrid,
                bm25,
                knn);

        assertThat(hybrid).isGreaterThanOrEqualTo(Math.max(bm25, knn) - 0.02);
    }

    private static double meanReciprocalRank(List<Golden> golden, SearchMode mode) {
        double sum = 0;
        for (Golden g : golden) {
            List<UUID> top = ids(search.search(SearchQuery.of(g.query(), 10).withMode(mode)));
            int rank = top.indexOf(g.expected());
            sum += rank < 0 ? 0 : 1.0 / (rank + 1);
        }
        return sum / golden.size();
    }

    private static List<UUID> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }
}
