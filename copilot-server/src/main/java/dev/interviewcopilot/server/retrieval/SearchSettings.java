package dev.interviewcopilot.server.retrieval;

/**
 * Tuning of the hybrid search.
 *
 * @param candidates how many results each retriever contributes before fusion
 * @param rrfK the reciprocal-rank-fusion constant: larger values flatten the advantage of top ranks
 * @param semanticThreshold the least cosine similarity for an embedding match to count; keeps unrelated items
 *     out of a small bank's results
 * @param queryCacheSize how many query embeddings to keep
 */
public record SearchSettings(int candidates, int rrfK, double semanticThreshold, int queryCacheSize) {

    /** The defaults documented in the README. */
    public static SearchSettings defaults() {
        return new SearchSettings(50, 60, 0.30, 1024);
    }
}
