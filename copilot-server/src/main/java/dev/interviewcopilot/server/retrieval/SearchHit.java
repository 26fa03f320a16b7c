package dev.interviewcopilot.server.retrieval;

import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One search result.
 *
 * @param id the bank item's id
 * @param score the fused reciprocal-rank score (higher is better); in single-retriever modes, the same formula
 *     over that retriever's ranking, so scores are comparable across modes
 * @param matchedFields the item fields the text matched ({@code question}, {@code keyPoints}, ...), plus
 *     {@code semantic} when the embedding search found it
 * @param bm25Rank 1-based rank in the BM25 results, if there
 * @param knnRank 1-based rank in the embedding results, if there
 */
public record SearchHit(UUID id, double score, List<String> matchedFields, OptionalInt bm25Rank, OptionalInt knnRank) {
    public SearchHit {
        matchedFields = List.copyOf(matchedFields);
    }
}
