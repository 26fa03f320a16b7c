package dev.interviewcopilot.eval.targets;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ranking metrics over graded relevance (0 unjudged, 1 relevant, 2 the answer), cut at {@code k}: nDCG with
 * exponential gain, recall of everything graded at least 1, and the reciprocal rank of the first such item.
 */
final class RelevanceMetrics {
    private RelevanceMetrics() {}

    static double ndcg(List<UUID> ranked, Map<UUID, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal =
                grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recall(List<UUID> ranked, Map<UUID, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        long found = ranked.stream()
                .limit(k)
                .filter(id -> grades.getOrDefault(id, 0) > 0)
                .count();
        return relevant == 0 ? 0 : (double) found / relevant;
    }

    static double reciprocalRank(List<UUID> ranked, Map<UUID, Integer> grades, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
