/**
 * Hybrid search over the question bank, and the only package that imports Lucene: the index (built at start-up,
 * or reused from disk when the bank is unchanged), BM25 over the item texts, KNN over embeddings, and reciprocal
 * rank fusion. Depends on {@code bank} (the items it indexes) and on {@code llm} (the embedder interface).
 */
package dev.interviewcopilot.server.retrieval;
