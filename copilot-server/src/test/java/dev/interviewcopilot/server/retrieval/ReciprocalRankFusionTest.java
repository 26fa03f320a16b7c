package dev.interviewcopilot.server.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    @Test
    void should_sum_reciprocal_ranks_across_lists() {
        List<ReciprocalRankFusion.Fused> fused =
                ReciprocalRankFusion.fuse(60, 10, List.of(new int[] {7, 3}, new int[] {3, 9}));

        assertThat(fused).extracting(ReciprocalRankFusion.Fused::doc).containsExactly(3, 7, 9);
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(0).ranks()).containsExactly(2, 1);
        assertThat(fused.get(1).ranks()).containsExactly(1, 0);
    }

    @Test
    void should_prefer_agreement_between_lists_over_one_top_rank() {
        // doc 8 is 2nd in both lists; doc 5 is 1st in one list only: 2/62 > 1/61.
        List<ReciprocalRankFusion.Fused> fused =
                ReciprocalRankFusion.fuse(60, 10, List.of(new int[] {5, 8}, new int[] {4, 8}));

        assertThat(fused).extracting(ReciprocalRankFusion.Fused::doc).containsExactly(8, 4, 5);
    }

    @Test
    void should_break_exact_ties_by_doc_id() {
        List<ReciprocalRankFusion.Fused> fused =
                ReciprocalRankFusion.fuse(60, 10, List.of(new int[] {4}, new int[] {2}));

        assertThat(fused).extracting(ReciprocalRankFusion.Fused::doc).containsExactly(2, 4);
    }

    @Test
    void should_return_at_most_the_limit() {
        assertThat(ReciprocalRankFusion.fuse(60, 2, List.of(new int[] {1, 2, 3}, new int[0])))
                .hasSize(2);
    }

    @Test
    void should_handle_empty_rankings() {
        assertThat(ReciprocalRankFusion.fuse(60, 5, List.of(new int[0], new int[0])))
                .isEmpty();
    }
}
