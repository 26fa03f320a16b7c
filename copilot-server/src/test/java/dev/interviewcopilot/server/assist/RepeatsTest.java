package dev.interviewcopilot.server.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatsTest {
    private final Repeats asked = new Repeats(List.of(
            "The client times out and retries the same booking. What stops it from creating a second reservation?",
            "Why?"));

    @Test
    void should_see_a_rewording_of_a_question_already_asked() {
        assertThat(asked.repeats("If a client retries the booking after a time-out, what stops a second reservation?"))
                .isTrue();
        assertThat(asked.repeats("why?")).isTrue();
    }

    @Test
    void should_let_a_different_question_on_the_same_subject_through() {
        assertThat(asked.repeats("Which component would you trust to be the final judge of a booking conflict?"))
                .isFalse();
        assertThat(asked.repeats("Why would you pick an exclusion constraint over a lock?"))
                .isFalse();
    }

    @Test
    void should_remember_what_it_is_told_was_asked_since() {
        String probe = "How would you test that no double booking can happen?";

        assertThat(asked.repeats(probe)).isFalse();
        assertThat(asked.plus(probe).repeats(probe)).isTrue();
    }
}
