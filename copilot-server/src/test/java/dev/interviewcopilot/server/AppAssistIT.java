package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.assist.AnswerSegment;
import dev.interviewcopilot.server.assist.Caller;
import dev.interviewcopilot.server.assist.Engine;
import dev.interviewcopilot.server.assist.JobDescription;
import dev.interviewcopilot.server.assist.NoteRequest;
import dev.interviewcopilot.server.assist.ProbeRequest;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.llm.FallbackReason;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The assembled service, with no model configured, answers every AI operation with the offline engine and says so. */
class AppAssistIT {
    private final App app = TestServer.shared().app();
    private final QuestionItem booking = TestBank.bank()
            .item(UUID.fromString("6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90"))
            .orElseThrow();
    private final List<AnswerSegment> answer = List.of(new AnswerSegment(
            "s1", "We check for overlapping bookings first and insert if there are none. Users can retry."));

    @Test
    void should_serve_probes_notes_and_requirements_offline_by_default() {
        Caller caller = new Caller("interviewer-1", List.of("Sam Doe"));

        var probes = app.probes().suggest(new ProbeRequest(booking, answer, List.of(), caller));
        var notes = app.notes().draft(new NoteRequest(booking, answer, caller));
        var requirements = app.requirements()
                .extract(JobDescription.of("Senior Backend Engineer\nYou know Java, Kafka and PostgreSQL."), caller);

        assertThat(probes.probes()).isNotEmpty();
        assertThat(List.of(probes.provenance(), notes.provenance(), requirements.provenance()))
                .allSatisfy(p -> {
                    assertThat(p.engine()).isEqualTo(Engine.OFFLINE);
                    assertThat(p.fallbackReason()).contains(FallbackReason.NOT_CONFIGURED);
                });
        assertThat(requirements.skills())
                .extracting(s -> s.skill().orElseThrow())
                .containsExactly("java", "kafka", "postgresql");
    }
}
