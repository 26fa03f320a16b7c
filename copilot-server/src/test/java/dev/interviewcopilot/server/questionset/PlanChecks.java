package dev.interviewcopilot.server.questionset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.llm.MiniLmEmbedder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What every plan must satisfy, whichever engine read the job description. */
final class PlanChecks {
    private static MiniLmEmbedder embedder;

    private PlanChecks() {}

    static synchronized MiniLmEmbedder embedder() {
        if (embedder == null) {
            embedder = MiniLmEmbedder.create(2);
        }
        return embedder;
    }

    static void check(JsonNode set) {
        JsonNode plan = set.path("plan");
        Set<String> gaps = new HashSet<>();
        plan.path("gaps").forEach(g -> gaps.add(g.path("requirement").asText()));
        for (JsonNode row : plan.path("coverage")) {
            String id = row.path("requirement").path("id").asText();
            boolean coveredByBank = false;
            for (JsonNode q : row.path("coveredBy")) {
                coveredByBank |= SetApi.questions(set).stream()
                        .anyMatch(p -> p.path("questionId").asText().equals(q.asText())
                                && p.path("source").asText().equals("bank"));
            }
            if (row.path("requirement").path("importance").asText().equals("must-have")) {
                assertThat(coveredByBank || gaps.contains(id))
                        .as("must-have %s is covered by a bank question or reported as a gap", id)
                        .isTrue();
            }
            assertThat(coveredByBank && gaps.contains(id))
                    .as("%s is not both covered and a gap", id)
                    .isFalse();
        }
        int planned = 0;
        for (JsonNode stage : plan.path("stages")) {
            int minutes = 0;
            for (JsonNode q : stage.path("questions")) {
                minutes += q.path("item").path("minutes").asInt();
                assertThat(q.path("reasons"))
                        .as("every question says why it was chosen")
                        .isNotEmpty();
            }
            assertThat(minutes)
                    .as("stage %s fits its budget", stage.path("id").asText())
                    .isLessThanOrEqualTo(stage.path("budgetMinutes").asInt());
            planned += minutes;
        }
        assertThat(planned).isEqualTo(plan.path("plannedMinutes").asInt());
        assertThat(planned).isLessThanOrEqualTo(plan.path("durationMinutes").asInt());
        assertThat(set.path("passesLint").asBoolean())
                .as("%s", plan.path("lint"))
                .isTrue();
        noNearDuplicates(set);
    }

    static void noNearDuplicates(JsonNode set) {
        List<JsonNode> items =
                SetApi.questions(set).stream().map(q -> q.path("item")).toList();
        List<float[]> vectors = embedder()
                .embedAll(items.stream()
                        .map(i -> i.path("question").asText() + "\n"
                                + i.path("evaluates").asText())
                        .toList());
        for (int a = 0; a < vectors.size(); a++) {
            for (int b = a + 1; b < vectors.size(); b++) {
                double cosine = 0;
                for (int k = 0; k < vectors.get(a).length; k++) {
                    cosine += vectors.get(a)[k] * vectors.get(b)[k];
                }
                assertThat(cosine)
                        .as(
                                "%s vs %s",
                                items.get(a).path("question").asText(),
                                items.get(b).path("question").asText())
                        .isLessThan(ItemSimilarity.NEAR_DUPLICATE);
            }
        }
    }
}
