package dev.interviewcopilot.server.catalog;

import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.retrieval.SearchQuery;
import java.util.List;
import java.util.OptionalInt;

/**
 * The body of {@code GET /v1/questions}.
 *
 * @param query the query as understood, defaults filled in
 * @param count the number of results
 * @param results best first
 * @param bankVersion the bank's content hash, so clients can tell when results may change
 */
record SearchResponse(SearchQuery query, int count, List<Result> results, String bankVersion) {

    /**
     * One result.
     *
     * @param score fused reciprocal-rank score, higher is better (0 when browsing without text)
     * @param matchedFields fields the text matched, plus {@code semantic} for an embedding match
     * @param ranks the item's rank in each retriever's list
     * @param item the item with all its guidance
     */
    record Result(double score, List<String> matchedFields, Ranks ranks, QuestionItem item) {}

    /**
     * 1-based ranks, absent when the retriever did not return the item.
     *
     * @param bm25 rank in the BM25 results
     * @param knn rank in the embedding results
     */
    record Ranks(OptionalInt bm25, OptionalInt knn) {}
}
