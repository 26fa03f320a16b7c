package dev.interviewcopilot.bench;

import dev.interviewcopilot.server.retrieval.QuestionIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the search benchmarks and reports the figures the project tracks, as ratios against references measured
 * in the same run (the machine is shared and noisy): BM25 p50 against FTS5 p50 on the same corpus, hybrid p99
 * against its 5 ms budget, Lucene build time against FTS5's.
 *
 * <p>Usage: {@code ./copilot bench [--quick] [--sizes=1000,10000,100000]}. {@code --quick} measures 1k and 10k
 * items with shorter iterations. The report is printed and written to {@code benchmarks/target/bench-report.md}.
 */
public final class BenchReport {
    private static final List<String> FLAGS =
            List.of("--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector", "-Xms1g", "-Xmx3g");

    private BenchReport() {}

    record Settings(List<Integer> sizes, boolean quick, Path out) {
        static Settings parse(String[] args) {
            boolean quick = List.of(args).contains("--quick");
            List<Integer> sizes = quick ? List.of(1000, 10000) : List.of(1000, 10000, 100000);
            for (String arg : args) {
                if (arg.startsWith("--sizes=")) {
                    sizes = List.of(arg.substring(8).split(",")).stream()
                            .map(Integer::parseInt)
                            .toList();
                } else if (!arg.equals("--quick")) {
                    throw new IllegalArgumentException(
                            "unknown argument " + arg + "; use --quick or --sizes=1000,10000");
                }
            }
            return new Settings(sizes, quick, Path.of("benchmarks/target"));
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        StringBuilder report = new StringBuilder("# Search benchmark\n\n");
        report.append(prepare(settings.sizes()));
        Collection<RunResult> search = run(
                settings,
                SearchBenchmark.class,
                settings.quick() ? 1 : 2,
                settings.quick() ? 2 : 3,
                TimeValue.seconds(settings.quick() ? 1 : 2),
                TimeValue.seconds(settings.quick() ? 2 : 3));
        Collection<RunResult> embedding = run(
                settings,
                QueryEmbeddingBenchmark.class,
                1,
                settings.quick() ? 2 : 3,
                TimeValue.seconds(2),
                TimeValue.seconds(2));
        Collection<RunResult> build =
                run(settings, IndexBuildBenchmark.class, 1, settings.quick() ? 1 : 3, TimeValue.NONE, TimeValue.NONE);
        report.append(BenchTables.search(search, embedding, settings.sizes()));
        report.append(BenchTables.build(build, settings.sizes()));
        System.out.println();
        System.out.println(report);
        Files.createDirectories(settings.out());
        Files.writeString(settings.out().resolve("bench-report.md"), report);
        System.out.println("Report written to " + settings.out().resolve("bench-report.md"));
    }

    /**
     * Builds (or finds) the corpus, index and database of each size once, in this JVM, so the forks only open
     * them; returns a note of what it found.
     */
    private static String prepare(List<Integer> sizes) throws Exception {
        StringBuilder note = new StringBuilder();
        for (int size : sizes) {
            SyntheticCorpus corpus = BenchData.corpus(size);
            try (QuestionIndex index = BenchData.luceneIndex(size, corpus);
                    Fts5Index fts = Fts5Index.openOrBuild(BenchData.fts5File(size), corpus.items())) {
                note.append(String.format(
                        Locale.ROOT,
                        "- %,d items: Lucene index %s (%d documents)%n",
                        size,
                        index.build().reused()
                                ? "reused"
                                : "built in " + index.build().millis() + " ms",
                        index.build().documents()));
            }
        }
        return note.append("\nCorpus: synthetic items assembled from the bank's sentences; vectors are sums of their "
                        + "sentences' real MiniLM embeddings (see SyntheticCorpus). JVM: ")
                .append(Runtime.version())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores.\n\n")
                .toString();
    }

    private static Collection<RunResult> run(
            Settings settings,
            Class<?> benchmark,
            int warmups,
            int measurements,
            TimeValue warmupTime,
            TimeValue measurementTime)
            throws RunnerException, IOException {
        Files.createDirectories(settings.out());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getSimpleName())
                .forks(1)
                .warmupIterations(warmups)
                .measurementIterations(measurements)
                .jvmArgsAppend(jvmArgs())
                .resultFormat(ResultFormatType.JSON)
                .result(settings.out()
                        .resolve(benchmark.getSimpleName() + ".json")
                        .toString());
        if (warmupTime != TimeValue.NONE) {
            options.warmupTime(warmupTime).measurementTime(measurementTime);
        }
        if (!benchmark.equals(QueryEmbeddingBenchmark.class)) {
            options.param("size", settings.sizes().stream().map(String::valueOf).toArray(String[]::new));
        }
        return new Runner(options.build()).run();
    }

    private static String[] jvmArgs() {
        List<String> args = new ArrayList<>(FLAGS);
        args.add("-Dbench.data=" + BenchData.root().toAbsolutePath());
        args.add("-Dbench.bank=" + BenchData.bankDir().toAbsolutePath());
        Optional.ofNullable(System.getProperty("java.io.tmpdir")).ifPresent(t -> args.add("-Djava.io.tmpdir=" + t));
        return args.toArray(String[]::new);
    }
}
