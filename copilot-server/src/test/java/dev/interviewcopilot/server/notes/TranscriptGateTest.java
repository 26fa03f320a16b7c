package dev.interviewcopilot.server.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.live.Segment;
import dev.interviewcopilot.server.live.Speaker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TranscriptGateTest {
    private static final UUID Q1 = UUID.randomUUID();
    private static final UUID Q2 = UUID.randomUUID();
    private static final String THIRTY_WORDS = "word ".repeat(30).strip();

    private static Segment segment(int seq, Speaker speaker, String text, UUID question) {
        return new Segment(
                Segment.idOf(seq),
                speaker,
                text,
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(question),
                Instant.EPOCH);
    }

    @Test
    void should_pass_an_answer_with_enough_labelled_candidate_speech() {
        List<TranscriptGate.Answer> answers = TranscriptGate.answers(
                List.of(
                        segment(1, Speaker.INTERVIEWER, "Tell me about it.", Q1),
                        segment(2, Speaker.CANDIDATE, THIRTY_WORDS, Q1)),
                Optional.empty());

        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.ready()).isTrue();
            assertThat(a.candidateSegments()).extracting(Segment::id).containsExactly("s2");
        });
    }

    @Test
    void should_say_how_many_words_are_missing() {
        TranscriptGate.Answer answer = TranscriptGate.answers(
                        List.of(segment(1, Speaker.CANDIDATE, "Just a few words.", Q1)), Optional.of(Q1))
                .get(0);

        assertThat(answer.ready()).isFalse();
        assertThat(answer.missing()).singleElement().asString().contains("4 word(s)", "at least 30");
    }

    @Test
    void should_refuse_unlabelled_segments_and_name_them() {
        TranscriptGate.Answer answer = TranscriptGate.answers(
                        List.of(
                                segment(1, Speaker.CANDIDATE, THIRTY_WORDS, Q1),
                                segment(2, Speaker.UNKNOWN, "who said this?", Q1)),
                        Optional.empty())
                .get(0);

        assertThat(answer.missing()).singleElement().asString().contains("no speaker label", "s2");
    }

    @Test
    void should_keep_answers_apart_by_question_and_report_a_named_question_with_no_answer() {
        List<Segment> transcript = List.of(
                segment(1, Speaker.CANDIDATE, THIRTY_WORDS, Q1),
                segment(2, Speaker.CANDIDATE, "short", Q2),
                segment(3, Speaker.CANDIDATE, THIRTY_WORDS, null));

        assertThat(TranscriptGate.answers(transcript, Optional.empty()))
                .extracting(TranscriptGate.Answer::questionId, TranscriptGate.Answer::ready)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Q1, true), org.assertj.core.groups.Tuple.tuple(Q2, false));
        UUID unasked = UUID.randomUUID();
        assertThat(TranscriptGate.answers(transcript, Optional.of(unasked)))
                .singleElement()
                .satisfies(
                        a -> assertThat(a.missing()).singleElement().asString().contains("0 word(s)"));
    }
}
