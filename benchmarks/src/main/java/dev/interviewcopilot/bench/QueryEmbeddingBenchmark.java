package dev.interviewcopilot.bench;

import dev.interviewcopilot.server.llm.MiniLmEmbedder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a query costs before the index sees it: one MiniLM embedding of a short query on the inference pool, as
 * a search with an uncached query pays it. Added to the hybrid and KNN search latency, it is the end-to-end cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryEmbeddingBenchmark {
    private MiniLmEmbedder embedder;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        queries = BenchData.corpus(1000).queries();
        embedder = MiniLmEmbedder.create(2);
    }

    @Benchmark
    public float[] embedQuery() {
        return embedder.embed(queries.get(next++ & (queries.size() - 1)));
    }

    @TearDown(Level.Trial)
    public void close() {
        embedder.close();
    }
}
