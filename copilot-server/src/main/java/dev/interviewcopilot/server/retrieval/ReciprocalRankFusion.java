package dev.interviewcopilot.server.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack et al., 2009): a document's score is the sum over the rankings it appears in of
 * {@code 1 / (k + rank)}. It needs no score calibration between BM25 and cosine similarity, which live on
 * unrelated scales. Lucene's {@code TopDocs.rrf} computes the same sum; this version also keeps each document's
 * rank in each list, which the API reports.
 */
final class ReciprocalRankFusion {
    private ReciprocalRankFusion() {}

    /**
     * A fused result.
     *
     * @param doc Lucene doc id
     * @param score the fused score
     * @param ranks 1-based rank in each input list, or 0 where absent
     */
    record Fused(int doc, double score, int[] ranks) {}

    /** Fuses rankings of doc ids (best first) and returns the best {@code limit}, best first. */
    static List<Fused> fuse(int k, int limit, List<int[]> rankings) {
        Map<Integer, double[]> scores = new LinkedHashMap<>();
        Map<Integer, int[]> ranks = new LinkedHashMap<>();
        for (int list = 0; list < rankings.size(); list++) {
            int[] ranking = rankings.get(list);
            for (int position = 0; position < ranking.length; position++) {
                int doc = ranking[position];
                scores.computeIfAbsent(doc, d -> new double[1])[0] += 1.0 / (k + position + 1);
                ranks.computeIfAbsent(doc, d -> new int[rankings.size()])[list] = position + 1;
            }
        }
        List<Fused> fused = new ArrayList<>();
        scores.forEach((doc, score) -> fused.add(new Fused(doc, score[0], ranks.get(doc))));
        fused.sort(Comparator.comparingDouble(Fused::score)
                .reversed()
                .thenComparingInt(ReciprocalRankFusion::bestRank)
                .thenComparingInt(Fused::doc));
        return fused.subList(0, Math.min(limit, fused.size()));
    }

    private static int bestRank(Fused fused) {
        int best = Integer.MAX_VALUE;
        for (int rank : fused.ranks()) {
            if (rank > 0) {
                best = Math.min(best, rank);
            }
        }
        return best;
    }
}
