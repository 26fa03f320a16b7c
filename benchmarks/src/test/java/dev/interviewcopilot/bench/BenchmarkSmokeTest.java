package dev.interviewcopilot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.retrieval.QuestionIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark code paths at a small size, without JMH's forks: the corpus is deterministic and complete, FTS5
 * finds what it should, and every engine of {@link SearchBenchmark} opens and answers. Keeps
 * {@code ./copilot bench} from rotting between runs.
 */
class BenchmarkSmokeTest {
    private static final int SIZE = 300;

    @TempDir
    static Path data;

    @BeforeAll
    static void locateData() {
        Path here = Path.of("").toAbsolutePath();
        Path bank = here.resolveSibling("question-bank");
        System.setProperty("bench.bank", (Files.isDirectory(bank) ? bank : here.resolve("question-bank")).toString());
        System.setProperty("bench.data", data.toString());
    }

    @Test
    void should_generate_the_same_corpus_from_the_same_seed_with_a_unit_vector_per_text() {
        SyntheticCorpus first = BenchData.corpus(SIZE);
        SyntheticCorpus second = BenchData.corpus(SIZE);

        assertThat(first.items()).hasSize(SIZE).isEqualTo(second.items());
        assertThat(first.queries()).hasSize(256).isEqualTo(second.queries());
        for (QuestionItem item : first.items()) {
            float[] v = first.vectors().get(QuestionIndex.embeddingText(item));
            assertThat(v).isNotNull();
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
        }
    }

    @Test
    void should_find_an_item_by_its_words_in_fts5() throws Exception {
        SyntheticCorpus corpus = BenchData.corpus(SIZE);
        QuestionItem target = corpus.items().get(17);
        String query = target.keyPoints().get(0).point();

        try (Fts5Index fts = Fts5Index.openOrBuild(data.resolve("smoke.fts5.db"), corpus.items())) {
            assertThat(fts.search(query, 10)).contains(target.id().toString());
        }
    }

    @Test
    void should_quote_every_term_and_drop_stop_words_in_an_fts5_match() {
        assertThat(Fts5Index.matchExpression("How to stop \"double\" charges OR NEAR(x)"))
                .isEqualTo("\"how\" OR \"stop\" OR \"double\" OR \"charges\" OR \"near\" OR \"x\"");
        assertThat(Fts5Index.matchExpression("the of and")).isEmpty();
    }

    @Test
    void should_open_and_answer_with_every_engine() throws Exception {
        for (String engine : List.of("bm25", "knn", "hybrid", "fts5")) {
            SearchBenchmark benchmark = new SearchBenchmark();
            benchmark.size = SIZE;
            benchmark.engine = engine;
            benchmark.open();
            try {
                assertThat(benchmark.search()).as(engine).isInstanceOf(List.class);
                assertThat((List<?>) benchmark.search()).as(engine).isNotEmpty();
            } finally {
                benchmark.close();
            }
        }
    }
}
