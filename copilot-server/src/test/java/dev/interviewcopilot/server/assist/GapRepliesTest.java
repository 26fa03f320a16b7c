package dev.interviewcopilot.server.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.server.TestBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.llm.Validation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A drafted question is checked as strictly as a curated one before anyone sees it. */
class GapRepliesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GapRequest request = new GapRequest(
            "Kafka",
            Optional.of("kafka"),
            "backend",
            List.of("senior"),
            List.of("distributed-systems", "data-storage"));
    private final GapReplies replies = new GapReplies(TestBank.bank(), Assist.linter(), request);

    static ObjectNode draft() {
        ObjectNode d = JSON.createObjectNode()
                .put("question", "A consumer of the order events topic falls two hours behind. What do you do?")
                .put("evaluates", "Whether the candidate can reason about consumer lag and replay safely.")
                .put("competency", "distributed-systems")
                .put("type", "situational")
                .put("minutes", 15);
        ArrayNode points = d.putArray("keyPoints");
        for (String id : List.of("lag", "replay", "idempotent")) {
            points.addObject()
                    .put("id", id)
                    .put("point", "Explains " + id + " concretely.")
                    .put("probe", "Ask about " + id + "?");
        }
        ArrayNode flags = d.putArray("redFlags");
        flags.addObject()
                .put("id", "restart")
                .put("flag", "Restarts consumers blindly.")
                .put("soundsLike", "just restart it");
        flags.addObject()
                .put("id", "skip")
                .put("flag", "Skips messages to catch up.")
                .put("soundsLike", "reset to latest");
        ArrayNode rubric = d.putArray("rubric");
        for (String band : List.of("1-3", "4-6", "7-8", "9-10")) {
            rubric.addObject().put("scores", band).put("descriptor", "Descriptor for band " + band + ".");
        }
        d.putArray("followUps").add("How would you alert on lag?").add("What if ordering matters per customer?");
        d.putArray("tags").add("Apache Kafka").add("k8s").add("not-a-real-skill");
        return d;
    }

    @Test
    void should_shape_a_valid_draft_as_a_bank_item_with_taxonomy_tags() {
        Validation<QuestionItem> checked = replies.check(draft());

        assertThat(checked.problems()).isEmpty();
        QuestionItem item = checked.value().orElseThrow();
        assertThat(item.roles()).containsExactly("backend");
        assertThat(item.seniority()).containsExactly("senior");
        assertThat(item.tags()).containsExactly("kafka", "kubernetes");
        assertThat(item.origin()).isEmpty();
    }

    @Test
    void should_send_back_unknown_competencies_bands_out_of_order_and_repeated_ids() {
        ObjectNode d = draft().put("competency", "cooking").put("type", "screening");
        ((ObjectNode) d.path("rubric").get(0)).put("scores", "4-6");
        ((ObjectNode) d.path("keyPoints").get(1)).put("id", "lag");

        List<String> problems = replies.check(d).problems();

        assertThat(problems).anyMatch(p -> p.startsWith("competency:"));
        assertThat(problems).anyMatch(p -> p.startsWith("type:"));
        assertThat(problems).anyMatch(p -> p.startsWith("rubric[0].scores:"));
        assertThat(problems).anyMatch(p -> p.startsWith("keyPoints[1].id:"));
    }

    @Test
    void should_send_back_any_text_that_touches_a_protected_topic() {
        ObjectNode d = draft();
        ((ObjectNode) d.path("keyPoints").get(2)).put("probe", "Are you planning to have children soon?");

        List<String> problems = replies.check(d).problems();

        assertThat(problems).anyMatch(p -> p.startsWith("keyPoints[2].probe:") && p.contains("protected topic"));
    }

    @Test
    void should_need_at_least_one_known_skill_among_the_tags() {
        GapReplies noSkill = new GapReplies(
                TestBank.bank(),
                Assist.linter(),
                new GapRequest(
                        "Ledger tessellation",
                        Optional.empty(),
                        "backend",
                        List.of("senior"),
                        List.of("distributed-systems")));
        ObjectNode d = draft();
        d.putArray("tags").add("ledger-tessellation");

        assertThat(noSkill.check(d).problems()).anyMatch(p -> p.startsWith("tags:"));
    }
}
