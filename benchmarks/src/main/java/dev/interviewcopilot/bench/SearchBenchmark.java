package dev.interviewcopilot.bench;

import dev.interviewcopilot.server.retrieval.QuestionIndex;
import dev.interviewcopilot.server.retrieval.QuestionSearch;
import dev.interviewcopilot.server.retrieval.SearchMode;
import dev.interviewcopilot.server.retrieval.SearchQuery;
import dev.interviewcopilot.server.retrieval.SearchSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Latency of one top-10 search through the product's own search path ({@code QuestionSearch}: filters, fusion,
 * matched fields, ids) in each mode, and through SQLite FTS5 on the same corpus. Queries rotate over a fixed
 * set; query vectors are precomputed (see {@link QueryEmbeddingBenchmark} for what embedding adds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {
    @Param({"1000", "10000", "100000"})
    int size;

    @Param({"bm25", "knn", "hybrid", "fts5"})
    String engine;

    private List<String> queries;
    private QuestionIndex index;
    private QuestionSearch search;
    private Fts5Index fts5;
    private SearchMode mode;
    private int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        SyntheticCorpus corpus = BenchData.corpus(size);
        queries = corpus.queries();
        if (engine.equals("fts5")) {
            fts5 = Fts5Index.openOrBuild(BenchData.fts5File(size), corpus.items());
        } else {
            mode = SearchMode.fromWireName(engine).orElseThrow();
            index = BenchData.luceneIndex(size, corpus);
            search = new QuestionSearch(index, new PrecomputedEmbedder(corpus.vectors()), SearchSettings.defaults());
        }
    }

    @Benchmark
    public Object search() throws Exception {
        String query = queries.get(next++ & (queries.size() - 1));
        if (fts5 != null) {
            return fts5.search(query, 10);
        }
        return search.search(SearchQuery.of(query, 10).withMode(mode));
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        if (fts5 != null) {
            fts5.close();
        }
        if (index != null) {
            index.close();
        }
    }
}
