package dev.interviewcopilot.server.questionset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestBank;
import dev.interviewcopilot.server.assist.Importance;
import dev.interviewcopilot.server.bank.QuestionItem;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One rule for when a question covers a requirement, by kind. */
class CoverageRulesTest {
    private final QuestionItem booking = TestBank.bank()
            .item(UUID.fromString("6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90"))
            .orElseThrow();

    @Test
    void should_cover_a_skill_by_tag_a_competency_by_what_it_evaluates_and_a_name_by_its_words() {
        String tag = booking.tags().get(0);

        assertThat(CoverageRules.covers(booking, Requirement.skill(tag, tag, Importance.MUST, Optional.empty())))
                .isTrue();
        assertThat(CoverageRules.covers(
                        booking, Requirement.skill("figma", "Figma", Importance.MUST, Optional.empty())))
                .isFalse();
        assertThat(CoverageRules.covers(booking, Requirement.competency(booking.competency(), "x", Optional.empty())))
                .isTrue();
        assertThat(CoverageRules.covers(
                        booking, Requirement.text("double bookings", Importance.MUST, Optional.empty())))
                .as("stemmed words of the question count: %s", booking.question())
                .isTrue();
        assertThat(CoverageRules.covers(
                        booking, Requirement.text("ledger tessellation", Importance.MUST, Optional.empty())))
                .isFalse();
    }

    @Test
    void should_know_what_the_bank_lacks_altogether() {
        assertThat(CoverageRules.inBank(
                        TestBank.bank(), Requirement.skill("kafka", "Kafka", Importance.MUST, Optional.empty())))
                .isTrue();
        assertThat(CoverageRules.inBank(
                        TestBank.bank(), Requirement.text("ledger tessellation", Importance.MUST, Optional.empty())))
                .isFalse();
    }
}
