package dev.interviewcopilot.eval.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.report.HtmlReport;
import dev.interviewcopilot.eval.run.RunResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two runs compared case by case; the interval says whether a difference is more than noise. */
class ComparisonTest {

    private static RunResult run(String suite, List<Boolean> passed, List<Double> scores) {
        List<CaseResult> cases = new ArrayList<>();
        for (int i = 0; i < passed.size(); i++) {
            cases.add(new CaseResult(
                    "c-" + i,
                    "case <" + i + ">",
                    passed.get(i),
                    List.of(),
                    Map.of("score", scores.get(i)),
                    JsonNodeFactory.instance.textNode("<b>out</b>"),
                    1,
                    Optional.empty()));
        }
        double rate = passed.stream().filter(p -> p).count() / (double) passed.size();
        return new RunResult(
                suite, 1, "d", "t", "offline", Instant.EPOCH, 1, Map.of("pass-rate", rate), List.of(), true, cases);
    }

    private static List<Boolean> repeat(boolean value, int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, value));
    }

    private static List<Double> repeat(double value, int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, value));
    }

    @Test
    void should_call_a_consistent_drop_a_regression_and_name_the_cases_that_broke() {
        List<Boolean> after = repeat(true, 40);
        for (int i = 0; i < 12; i++) {
            after.set(i, false);
        }
        Comparison comparison =
                new Comparison(run("s", repeat(true, 40), repeat(0.9, 40)), run("s", after, repeat(0.6, 40)));

        assertThat(comparison.regressed()).isTrue();
        assertThat(comparison.markdown())
                .contains("| pass-rate | 1.000 | 0.700 | -0.300 | [")
                .contains("] down | 40 |")
                .contains("| score | n/a | n/a | -0.300 | [-0.300, -0.300] down | 40 |")
                .contains("**Broke (passed in A, fail in B)**: c-0, c-1");
    }

    @Test
    void should_not_call_one_flipped_case_in_forty_a_regression() {
        List<Boolean> after = repeat(true, 40);
        after.set(3, false);
        List<Boolean> before = repeat(true, 40);
        before.set(7, false);

        Comparison comparison = new Comparison(run("s", before, repeat(0.5, 40)), run("s", after, repeat(0.5, 40)));

        assertThat(comparison.regressed()).isFalse();
        assertThat(comparison.markdown()).contains("**Fixed (failed in A, pass in B)**: c-7");
    }

    @Test
    void should_refuse_runs_of_different_suites() {
        assertThatThrownBy(() ->
                        new Comparison(run("a", List.of(true), List.of(1.0)), run("b", List.of(true), List.of(1.0))))
                .hasMessageContaining("different suites");
    }

    @Test
    void should_render_a_self_contained_escaped_html_report() {
        String html = HtmlReport.render(run("s", List.of(true, false), List.of(0.5, 0.25)));

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<svg", "case &lt;1&gt;", "&lt;b&gt;out&lt;/b&gt;")
                .doesNotContain("<script", "http://", "https://", "case <1>");
    }
}
