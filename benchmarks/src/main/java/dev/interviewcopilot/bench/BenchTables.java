package dev.interviewcopilot.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** Turns JMH results into the report's Markdown tables and verdicts. */
final class BenchTables {
    private static final double HYBRID_P99_BUDGET_MICROS = 5000;
    private static final int TARGET_SIZE = 10000;

    private BenchTables() {}

    static String search(Collection<RunResult> search, Collection<RunResult> embedding, List<Integer> sizes) {
        StringBuilder out = new StringBuilder("## Search latency, top 10 (microseconds)\n\n")
                .append("| items | engine | p50 | p99 | p50 / FTS5 p50 | p99 / FTS5 p99 |\n")
                .append("|---:|---|---:|---:|---:|---:|\n");
        for (int size : sizes) {
            Optional<Statistics> fts = stats(search, size, "fts5");
            for (String engine : List.of("bm25", "knn", "hybrid", "fts5")) {
                stats(search, size, engine)
                        .ifPresent(s -> out.append(String.format(
                                Locale.ROOT,
                                "| %,d | %s | %.0f | %.0f | %s | %s |%n",
                                size,
                                engine,
                                s.getPercentile(50),
                                s.getPercentile(99),
                                ratio(s.getPercentile(50), fts.map(f -> f.getPercentile(50))),
                                ratio(s.getPercentile(99), fts.map(f -> f.getPercentile(99))))));
            }
        }
        Optional<Statistics> embed =
                embedding.stream().findFirst().map(r -> r.getPrimaryResult().getStatistics());
        embed.ifPresent(e -> out.append(String.format(
                Locale.ROOT,
                "%nQuery embedding (MiniLM, uncached): p50 %.0f, p99 %.0f. Hybrid and KNN above use precomputed query "
                        + "vectors; add this for a query not yet in the cache.%n",
                e.getPercentile(50),
                e.getPercentile(99))));
        out.append(verdicts(search, embed));
        return out.append('\n').toString();
    }

    private static String verdicts(Collection<RunResult> search, Optional<Statistics> embed) {
        StringBuilder out = new StringBuilder("\n### Targets at 10k items\n\n");
        stats(search, TARGET_SIZE, "hybrid")
                .ifPresent(h -> out.append(String.format(
                        Locale.ROOT,
                        "- Hybrid p99 %.0f us = %.2f of the 5 ms budget: %s.%s%n",
                        h.getPercentile(99),
                        h.getPercentile(99) / HYBRID_P99_BUDGET_MICROS,
                        h.getPercentile(99) < HYBRID_P99_BUDGET_MICROS ? "met" : "MISSED",
                        embed.map(e -> String.format(
                                        Locale.ROOT,
                                        " With an uncached query embedding: %.0f us (%s).",
                                        h.getPercentile(99) + e.getPercentile(99),
                                        h.getPercentile(99) + e.getPercentile(99) < HYBRID_P99_BUDGET_MICROS
                                                ? "met"
                                                : "missed"))
                                .orElse(""))));
        Optional<Statistics> bm25 = stats(search, TARGET_SIZE, "bm25");
        Optional<Statistics> fts = stats(search, TARGET_SIZE, "fts5");
        if (bm25.isPresent() && fts.isPresent()) {
            double r = bm25.get().getPercentile(50) / fts.get().getPercentile(50);
            out.append(String.format(
                    Locale.ROOT,
                    "- BM25 p50 / FTS5 p50 = %.2f (target at most 0.50): %s.%n",
                    r,
                    r <= 0.5 ? "met" : "MISSED"));
        }
        return out.toString();
    }

    static String build(Collection<RunResult> build, List<Integer> sizes) {
        StringBuilder out = new StringBuilder("## Index build from items with known vectors (milliseconds)\n\n")
                .append("| items | Lucene (BM25 + HNSW, merged) | FTS5 | Lucene / FTS5 |\n|---:|---:|---:|---:|\n");
        for (int size : sizes) {
            Optional<Double> lucene = score(build, size, "lucene");
            Optional<Double> fts = score(build, size, "fts5");
            out.append(String.format(
                    Locale.ROOT,
                    "| %,d | %s | %s | %s |%n",
                    size,
                    lucene.map(v -> String.format(Locale.ROOT, "%.0f", v)).orElse("-"),
                    fts.map(v -> String.format(Locale.ROOT, "%.0f", v)).orElse("-"),
                    lucene.map(l -> ratio(l, fts)).orElse("-")));
        }
        return out.toString();
    }

    private static Optional<Statistics> stats(Collection<RunResult> results, int size, String engine) {
        return find(results, size, engine).map(r -> r.getPrimaryResult().getStatistics());
    }

    private static Optional<Double> score(Collection<RunResult> results, int size, String engine) {
        return find(results, size, engine).map(r -> r.getPrimaryResult().getScore());
    }

    private static Optional<RunResult> find(Collection<RunResult> results, int size, String engine) {
        return results.stream()
                .filter(r -> String.valueOf(size).equals(r.getParams().getParam("size")))
                .filter(r -> engine.equals(r.getParams().getParam("engine")))
                .findFirst();
    }

    private static String ratio(double value, Optional<Double> reference) {
        return reference.map(r -> String.format(Locale.ROOT, "%.2f", value / r)).orElse("-");
    }
}
