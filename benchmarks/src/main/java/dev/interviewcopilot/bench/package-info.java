/**
 * Search benchmarks: JMH measurements of the product's search path (BM25, KNN and hybrid over the Lucene index)
 * against SQLite FTS5 on the same synthetic corpus, plus index build time and query-embedding cost. Run with
 * {@code ./copilot bench}; {@link dev.interviewcopilot.bench.BenchReport} prints the figures as ratios.
 */
package dev.interviewcopilot.bench;
