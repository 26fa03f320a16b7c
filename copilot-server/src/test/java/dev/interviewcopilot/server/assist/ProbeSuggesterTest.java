package dev.interviewcopilot.server.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.llm.FallbackReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline engine's probes, from the bank's curated questions. */
class ProbeSuggesterTest {
    @TempDir
    Path cache;

    private ProbeSuggester suggester() {
        return new ProbeSuggester(Assist.offlineGateway(cache), Assist.prompts(), Assist.analyzer(), Assist.linter());
    }

    @Test
    void should_aim_at_the_first_missing_point_then_the_red_flag_the_answer_touched() {
        ProbeSuggestions suggestions = suggester()
                .suggest(new ProbeRequest(
                        Assist.booking(), Assist.answer(AnswerAnalyzerTest.WEAK), List.of(), Assist.CALLER));

        assertThat(suggestions.probes()).hasSize(3);
        assertThat(suggestions.probes().get(0).target())
                .isEqualTo(new ProbeTarget(ProbeTarget.Kind.KEY_POINT, "race-window"));
        assertThat(suggestions.probes().get(1).target().kind()).isEqualTo(ProbeTarget.Kind.RED_FLAG);
        assertThat(suggestions.probes()).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo(Probe.Source.BANK);
            assertThat(p.why()).isNotBlank().hasSizeLessThanOrEqualTo(300);
        });
        assertThat(suggestions.probes()).extracting(Probe::target).doesNotHaveDuplicates();
        assertThat(suggestions.probes()).extracting(Probe::text).doesNotHaveDuplicates();
        assertThat(suggestions.provenance().engine()).isEqualTo(Engine.OFFLINE);
        assertThat(suggestions.provenance().fallbackReason()).contains(FallbackReason.NOT_CONFIGURED);
    }

    @Test
    void should_ask_what_a_strong_answer_still_misses() {
        ProbeSuggestions suggestions = suggester()
                .suggest(new ProbeRequest(
                        Assist.booking(), Assist.answer(AnswerAnalyzerTest.STRONG), List.of(), Assist.CALLER));

        assertThat(suggestions.probes().get(0).target())
                .isEqualTo(new ProbeTarget(ProbeTarget.Kind.KEY_POINT, "conflict-response"));
        assertThat(suggestions.probes().get(0).text())
                .isEqualTo(Assist.booking().keyPoints().get(3).probe());
    }

    @Test
    void should_never_suggest_a_question_already_asked_even_reworded() {
        String asked = "What does the losing client get back, and what can it do with that response?";
        ProbeSuggestions suggestions = suggester()
                .suggest(new ProbeRequest(
                        Assist.booking(), Assist.answer(AnswerAnalyzerTest.STRONG), List.of(asked), Assist.CALLER));

        assertThat(suggestions.probes())
                .extracting(Probe::target)
                .doesNotContain(new ProbeTarget(ProbeTarget.Kind.KEY_POINT, "conflict-response"));
    }

    @Test
    void should_reach_for_the_top_rubric_band_when_every_key_point_is_covered() {
        String complete = AnswerAnalyzerTest.STRONG
                + " The losing request gets a 409 Conflict with the clashing booking, so the client can offer"
                + " another free slot.";
        ProbeSuggestions suggestions = suggester()
                .suggest(new ProbeRequest(Assist.booking(), Assist.answer(complete), List.of(), Assist.CALLER));

        suggestions.probes().forEach(p -> System.out.println("  " + p));
        assertThat(suggestions.probes()).isNotEmpty();
        assertThat(suggestions.probes())
                .extracting(Probe::target)
                .contains(new ProbeTarget(ProbeTarget.Kind.RUBRIC_LEVEL, "9-10"));
        assertThat(suggestions.probes()).extracting(p -> p.target().kind()).doesNotContain(ProbeTarget.Kind.RED_FLAG);
    }

    @Test
    void should_give_the_same_probes_for_the_same_answer_and_stream_them_too() {
        ProbeRequest request =
                new ProbeRequest(Assist.booking(), Assist.answer(AnswerAnalyzerTest.WEAK), List.of(), Assist.CALLER);
        List<Probe> streamed = new ArrayList<>();

        ProbeSuggestions once = suggester().suggest(request);
        ProbeSuggestions twice = suggester().stream(request, streamed::add);

        assertThat(twice).isEqualTo(once);
        assertThat(streamed).isEqualTo(once.probes());
    }
}
