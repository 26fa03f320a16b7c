package dev.interviewcopilot.server.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestBank;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The real rules from question-bank/compliance, on questions an interviewer might really type. */
class ProtectedTopicLinterTest {
    private final ProtectedTopicLinter linter =
            ProtectedTopicLinter.create(TestBank.bank().protectedTopics());

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "So, how old are you now?                                        | age",
                "What year were you born?                                        | age",
                "When did you graduate from high school?                         | age",
                "We want young engineers with energy.                            | age",
                "A young, dynamic team that ships daily.                         | age",
                "Are you married?                                                | family-status",
                "Do you have any kids at home?                                   | family-status",
                "Are you planning to start a family soon?                        | family-status",
                "Who looks after your children when you are on call?            | family-status",
                "Are you pregnant or planning parental leave?                    | pregnancy",
                "Which religious holidays do you observe?                        | religion",
                "Do you go to church on Sundays?                                 | religion",
                "Where are you originally from?                                  | national-origin",
                "Is English your native language?                                | national-origin",
                "What is your citizenship?                                       | national-origin",
                "You have an interesting accent.                                 | national-origin",
                "Do you have any disability we should know about?                | disability-health",
                "Any health problems that could affect your work?                | disability-health",
                "How many sick days did you take last year?                      | disability-health",
                "Does heart disease run in your family?                          | genetic-information",
                "Have you had a genetic test?                                    | genetic-information",
                "What is your sexual orientation?                                | sexual-orientation-gender-identity",
                "Does your girlfriend mind the travel?                           | sexual-orientation-gender-identity",
                "What is your current salary?                                    | pay-history",
                "How much do you make at your present job?                       | pay-history",
            })
    void should_flag_a_protected_question(String question, String topic) {
        List<LintFinding> findings = linter.lint(question);

        assertThat(findings).extracting(LintFinding::topicId).contains(topic);
        assertThat(findings.get(0).alternative()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "How would you find a race condition between two writers?",
                "Which health checks would the load balancer use?",
                "Does the health endpoint depend on the database?",
                "A child process inherits the parent's file descriptors.",
                "What should the max-age of the cache header be?",
                "Explain how a genetic algorithm explores the search space.",
                "What pay range are you expecting for this role?",
                "Can you work the on-call rotation described in the job ad?",
                "Are you legally authorised to work in the country where the role is based?",
                "Which language runtimes have you used in production?",
                "Use a new accent colour for the primary button.",
                "How do you deal with stale data of unknown age in the cache?",
                "Tell me about a time you mentored a new team member.",
            })
    void should_pass_job_related_and_technical_text(String text) {
        assertThat(linter.lint(text)).isEmpty();
    }

    @Test
    void should_report_the_verbatim_span_of_each_finding() {
        String text = "Tell me about the project. Also, how old are you?";

        LintFinding finding = linter.lint(text).get(0);

        assertThat(text.substring(finding.start(), finding.end()))
                .isEqualTo(finding.phrase())
                .isEqualTo("how old");
    }

    @Test
    void should_match_curly_apostrophes_like_straight_ones() {
        assertThat(linter.lint("What is the candidate\u2019s age?"))
                .extracting(LintFinding::topicId)
                .containsExactly("age");
    }

    @Test
    void should_describe_an_invalid_pattern() {
        assertThat(ProtectedTopicLinter.patternProblem("(unclosed"))
                .get()
                .asString()
                .contains("regular expression");
        assertThat(ProtectedTopicLinter.patternProblem("\\bfine\\b")).isEmpty();
    }
}
