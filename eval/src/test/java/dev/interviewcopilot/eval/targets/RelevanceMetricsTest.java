package dev.interviewcopilot.eval.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ranking metrics, against values worked out by hand. */
class RelevanceMetricsTest {
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID x = UUID.randomUUID();

    @Test
    void should_give_one_for_the_ideal_ranking() {
        Map<UUID, Integer> grades = Map.of(a, 2, b, 1);

        assertThat(RelevanceMetrics.ndcg(List.of(a, b, x), grades, 10)).isCloseTo(1.0, within(1e-12));
        assertThat(RelevanceMetrics.recall(List.of(a, b, x), grades, 10)).isEqualTo(1.0);
        assertThat(RelevanceMetrics.reciprocalRank(List.of(a, b, x), grades, 10))
                .isEqualTo(1.0);
    }

    @Test
    void should_discount_by_position_and_miss_what_is_beyond_k() {
        Map<UUID, Integer> grades = Map.of(a, 2, b, 1, c, 1);
        // DCG = 1/log2(3) + 3/log2(4); IDCG = 3 + 1/log2(3) + 1/2
        double dcg = 1 / (Math.log(3) / Math.log(2)) + 3.0 / 2;
        double idcg = 3 + 1 / (Math.log(3) / Math.log(2)) + 0.5;

        assertThat(RelevanceMetrics.ndcg(List.of(x, b, a), grades, 10)).isCloseTo(dcg / idcg, within(1e-12));
        assertThat(RelevanceMetrics.recall(List.of(x, b, a), grades, 10)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(RelevanceMetrics.reciprocalRank(List.of(x, b, a), grades, 10))
                .isEqualTo(0.5);
        assertThat(RelevanceMetrics.reciprocalRank(List.of(x, b, a), grades, 1)).isZero();
        assertThat(RelevanceMetrics.recall(List.of(x, b, a), grades, 2)).isCloseTo(1.0 / 3, within(1e-12));
    }
}
