package dev.interviewcopilot.server.assist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.llm.FallbackReason;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline engine's note drafts. */
class NoteDrafterTest {
    @TempDir
    Path cache;

    private NoteDrafter drafter() {
        return new NoteDrafter(
                Assist.offlineGateway(cache), Assist.prompts(), Assist.analyzer(), Assist.linter(), false);
    }

    private static NoteRequest request(List<AnswerSegment> transcript) {
        return new NoteRequest(Assist.booking(), transcript, Assist.CALLER);
    }

    @Test
    void should_map_what_a_strong_answer_shows_to_key_points_with_verbatim_evidence() {
        List<AnswerSegment> transcript = List.of(
                new AnswerSegment("seg-1", AnswerAnalyzerTest.STRONG.substring(0, 128)),
                new AnswerSegment("seg-2", AnswerAnalyzerTest.STRONG.substring(129)));

        NoteDrafts drafts = drafter().draft(request(transcript));

        assertThat(drafts.notes())
                .extracting(n -> n.criterion().id())
                .contains("database-enforced", "idempotency-key")
                .doesNotContain("conflict-response");
        assertThat(drafts.notes()).allSatisfy(note -> {
            assertThat(note.criterion().kind()).isEqualTo(NoteCriterion.Kind.KEY_POINT);
            assertThat(note.evidence()).singleElement().satisfies(e -> {
                String segment = transcript.stream()
                        .filter(s -> s.id().equals(e.segmentId()))
                        .findFirst()
                        .orElseThrow()
                        .text();
                assertThat(segment.substring(e.start(), e.end())).isEqualTo(e.quote());
            });
            assertThat(note.suggestedBand()).isEmpty();
        });
        assertThat(drafts.openQuestions())
                .containsExactly(Assist.booking().keyPoints().get(3).probe());
        assertThat(drafts.provenance().engine()).isEqualTo(Engine.OFFLINE);
        assertThat(drafts.provenance().fallbackReason()).contains(FallbackReason.NOT_CONFIGURED);
    }

    @Test
    void should_note_the_red_flags_a_weak_answer_shows() {
        NoteDrafts drafts = drafter().draft(request(Assist.answer(AnswerAnalyzerTest.WEAK)));

        assertThat(drafts.notes())
                .filteredOn(n -> n.observation() == Observation.RED_FLAG_OBSERVED)
                .extracting(n -> n.criterion().id())
                .containsExactlyInAnyOrder("app-level-check", "ignores-retries");
        assertThat(drafts.notes())
                .filteredOn(n -> n.criterion().kind() == NoteCriterion.Kind.KEY_POINT)
                .isEmpty();
        assertThat(drafts.openQuestions()).hasSize(3);
    }

    @Test
    void should_withhold_a_quote_that_carries_a_protected_detail_the_candidate_volunteered() {
        String answer = "We query for any overlapping bookings first and if none come back we insert the new one."
                + " If something fails, my wife says users just press the button again.";

        NoteDrafts drafts = drafter().draft(request(Assist.answer(answer)));

        assertThat(drafts.notes())
                .flatExtracting(NoteDraft::evidence)
                .extracting(Evidence::quote)
                .noneMatch(q -> q.contains("wife"));
        assertThat(drafts.withheldQuotes()).isEqualTo(1);
    }

    @Test
    void should_draft_nothing_from_an_empty_transcript() {
        NoteDrafts drafts = drafter().draft(request(List.of()));

        assertThat(drafts.notes()).isEmpty();
        assertThat(drafts.openQuestions()).hasSize(3);
    }
}
