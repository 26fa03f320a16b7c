package dev.interviewcopilot.bench;

import dev.interviewcopilot.server.retrieval.QuestionIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Time to build the index from items whose vectors are known (Lucene: BM25 fields, HNSW graph, force-merge to
 * one segment, commit; FTS5: inserts in one transaction, optimize). Embedding the items is measured separately.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBuildBenchmark {
    @Param({"1000", "10000", "100000"})
    int size;

    @Param({"lucene", "fts5"})
    String engine;

    private SyntheticCorpus corpus;
    private Path scratch;
    private int build;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        corpus = BenchData.corpus(size);
        scratch = Files.createDirectories(BenchData.root().resolve("build-scratch"));
    }

    @Benchmark
    public Object build() throws Exception {
        Path target = scratch.resolve(engine + "-" + size + "-" + build++);
        if (engine.equals("fts5")) {
            Fts5Index.build(target.resolve("items.db"), corpus.items());
            return target;
        }
        try (QuestionIndex index = QuestionIndex.open(
                target, corpus.searchCorpus("build-" + build), new PrecomputedEmbedder(corpus.vectors()))) {
            return index.build();
        }
    }

    @TearDown(Level.Trial)
    public void clean() throws Exception {
        try (Stream<Path> walk = Files.walk(scratch)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
