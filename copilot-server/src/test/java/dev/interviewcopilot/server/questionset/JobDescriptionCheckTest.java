package dev.interviewcopilot.server.questionset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What cannot be a job description is refused before anything reads it, with the reason in plain words. */
class JobDescriptionCheckTest {

    @Test
    void should_accept_a_real_job_description() {
        assertThat(JobDescriptionCheck.problem(SetApi.job("sre"))).isEmpty();
    }

    @Test
    void should_say_why_text_is_not_a_job_description() {
        assertThat(JobDescriptionCheck.problem("   "))
                .hasValueSatisfying(p -> assertThat(p).contains("empty"));
        assertThat(JobDescriptionCheck.problem("Senior Java developer, Kafka, remote."))
                .hasValueSatisfying(p -> assertThat(p).contains("5 words", "at least 20"));
        assertThat(JobDescriptionCheck.problem("invoice 1234567890 ".repeat(25)))
                .hasValueSatisfying(p -> assertThat(p).contains("symbols or digits"));
        assertThat(JobDescriptionCheck.problem("We hire engineers who write code daily. ".repeat(4) + "Q".repeat(200)))
                .hasValueSatisfying(p -> assertThat(p).contains("200-character run"));
        assertThat(JobDescriptionCheck.problem("word ".repeat(5000)))
                .hasValueSatisfying(p -> assertThat(p).contains("at most 20000"));
    }

    @Test
    void should_allow_long_links_in_an_otherwise_real_text() {
        String text = SetApi.job("frontend") + "\nApply at https://jobs.example.org/" + "a".repeat(80) + "\n";

        assertThat(JobDescriptionCheck.problem(text)).isEmpty();
    }
}
