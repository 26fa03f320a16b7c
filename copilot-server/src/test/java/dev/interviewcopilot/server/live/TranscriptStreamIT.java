package dev.interviewcopilot.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestServer;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Following a transcript live: what a speech-to-text tool appends reaches an open stream, in order, resumable. */
class TranscriptStreamIT {
    private final TestServer server = TestServer.shared();
    private final Api api = new Api(server);

    @Test
    void should_send_the_segments_so_far_then_each_one_appended_later() throws Exception {
        String base = interview();
        append(base, "interviewer", "How would you stop two bookings of one room for overlapping times?");
        BlockingQueue<Api.Event> events = new LinkedBlockingQueue<>();

        try (Closeable stream = api.follow(base + "/transcript", Map.of(), events)) {
            assertThat(nextSegment(events).path("id").asText()).isEqualTo("s1");

            append(base, "candidate", "I would lock the room row inside the transaction.");
            append(base, "candidate", "Then insert only if no overlapping booking exists.");

            Api.Event second = nextEvent(events);
            assertThat(second.name()).isEqualTo("segment");
            assertThat(second.data().path("id").asText()).isEqualTo("s2");
            assertThat(second.data().path("speaker").asText()).isEqualTo("candidate");
            assertThat(second.data().path("text").asText()).startsWith("I would lock");
            assertThat(nextSegment(events).path("id").asText()).isEqualTo("s3");
        }
    }

    @Test
    void should_resume_after_the_last_event_id_a_reconnecting_client_sends() throws Exception {
        String base = interview();
        append(base, "interviewer", "First.");
        append(base, "candidate", "Second.");
        append(base, "candidate", "Third.");
        BlockingQueue<Api.Event> events = new LinkedBlockingQueue<>();

        try (Closeable stream = api.follow(base + "/transcript", Map.of("Last-Event-ID", "s2"), events)) {
            assertThat(nextSegment(events).path("text").asText()).isEqualTo("Third.");
            assertThat(events.poll(1500, TimeUnit.MILLISECONDS))
                    .as("nothing before s3 is sent again")
                    .satisfiesAnyOf(
                            e -> assertThat(e).isNull(),
                            e -> assertThat(e.name()).isEqualTo(":comment"));
        }
    }

    @Test
    void should_read_only_the_segments_after_a_given_one_as_json() {
        String base = interview();
        append(base, "interviewer", "First.");
        append(base, "candidate", "Second.");

        Api.Reply after = api.get(base + "/transcript?after=s1");
        Api.Reply bad = api.get(base + "/transcript?after=12");

        assertThat(after.json().path("count").asInt()).isEqualTo(1);
        assertThat(after.json().path("segments").get(0).path("id").asText()).isEqualTo("s2");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("after");
    }

    private String interview() {
        Api.Reply created = api.post(
                "/v1/interviews",
                Map.of(
                        "candidate", Map.of("name", "Rowan Teal", "email", "rowan@example.org"),
                        "position", "Senior Backend Engineer",
                        "interviewer", "Stream Tester",
                        "date", "2026-11-23",
                        "stage", "Technical screen",
                        "questions", List.of(Journey.BOOKING),
                        "scorecardTemplate", "behavioral-interview"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return "/v1/interviews/" + created.json().path("id").asText();
    }

    private void append(String base, String speaker, String text) {
        Api.Reply reply =
                api.post(base + "/transcript", Map.of("segments", List.of(Map.of("speaker", speaker, "text", text))));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    }

    private static com.fasterxml.jackson.databind.JsonNode nextSegment(BlockingQueue<Api.Event> events)
            throws InterruptedException {
        Api.Event event = nextEvent(events);
        assertThat(event.name()).isEqualTo("segment");
        return event.data();
    }

    /** The next event other than a heartbeat, waiting at most a few seconds. */
    private static Api.Event nextEvent(BlockingQueue<Api.Event> events) throws InterruptedException {
        List<Api.Event> skipped = new ArrayList<>();
        while (true) {
            Api.Event event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("an event within 10 s (skipped %s)", skipped).isNotNull();
            if (!event.name().equals(":comment")) {
                return event;
            }
            skipped.add(event);
        }
    }
}
