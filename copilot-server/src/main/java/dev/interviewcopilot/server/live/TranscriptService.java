package dev.interviewcopilot.server.live;

import dev.interviewcopilot.server.access.Principal;
import dev.interviewcopilot.server.http.Checks;
import dev.interviewcopilot.server.http.EventStreams;
import dev.interviewcopilot.server.http.Ids;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.JsonBody;
import dev.interviewcopilot.server.http.NotFoundException;
import dev.interviewcopilot.server.http.QueryParams;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /v1/interviews/{id}/transcript}: segments appended by a speech-to-text tool or typed by hand, read back in
 * order (or followed live as an event stream), and relabelled when the tool could not tell who spoke.
 */
public final class TranscriptService implements HttpService {
    static final int MAX_SEGMENTS = 200;
    static final int MAX_SEGMENT_TEXT = 20_000;

    /** How often a stream re-reads the store, for segments appended through another instance. */
    static final Duration POLL = Duration.ofSeconds(1);
    /** How long a quiet stream waits before it sends a heartbeat comment, so proxies keep it open. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** How long one stream lasts before the client must reconnect (and present its token again). */
    static final Duration STREAM_LIMIT = Duration.ofMinutes(10);

    private static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");

    private final Interviews interviews;
    private final TranscriptFeed feed;
    private final Clock clock;

    public TranscriptService(Interviews interviews, TranscriptFeed feed, Clock clock) {
        this.interviews = interviews;
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/transcript", this::append)
                .get("/{id}/transcript", this::read)
                .patch("/{id}/transcript/{segmentId}", this::relabel);
    }

    private void append(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        List<TranscriptRepository.NewSegment> segments =
                segments(JsonBody.read(request, InterviewRequests.AppendTranscript.class));
        Interviews.Appended appended =
                interviews.append(id, segments, Principal.of(request).subject());
        Json.send(
                response,
                Status.CREATED_201,
                new InterviewViews.AppendedView(
                        appended.segments().stream().map(InterviewViews::of).toList(), appended.warnings()));
    }

    private void read(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        QueryParams params = QueryParams.of(request, Set.of("after"));
        Optional<String> afterParam = params.text("after", 12);
        long after = afterParam.map(a -> Segment.seqOf(a).orElse(-1L)).orElse(0L);
        params.require(after >= 0, "after", "must be a segment id such as s12");
        params.validate();
        if (EventStreams.wanted(request)) {
            long resumeAt = afterParam.isPresent()
                    ? after
                    : request.headers()
                            .first(LAST_EVENT_ID)
                            .flatMap(Segment::seqOf)
                            .orElse(0L);
            interviews.require(id);
            follow(id, resumeAt, response);
            return;
        }
        List<InterviewViews.SegmentView> segments = interviews.transcriptAfter(id, after).stream()
                .map(InterviewViews::of)
                .toList();
        Json.send(response, new InterviewViews.TranscriptView(id, segments.size(), segments));
    }

    /**
     * Sends the segments after a position as {@code segment} events (the event id is the segment id, so a client
     * that reconnects with {@code Last-Event-ID} resumes where it stopped), then every segment appended later, with
     * a comment as heartbeat while nothing is said. The stream ends after {@link #STREAM_LIMIT}, when the client is
     * gone, or when the interview is erased; clients reconnect.
     */
    private void follow(UUID id, long after, ServerResponse response) {
        Instant end = clock.instant().plus(STREAM_LIMIT);
        Instant nextHeartbeat = clock.instant().plus(HEARTBEAT);
        long last = after;
        try (SseSink sink = EventStreams.open(response)) {
            while (clock.instant().isBefore(end)) {
                TranscriptFeed.Signal signal = feed.signal(id);
                try {
                    List<Segment> fresh = interviews.transcriptAfter(id, last);
                    for (Segment segment : fresh) {
                        if (!EventStreams.emit(sink, "segment", segment.id(), InterviewViews.of(segment))) {
                            return;
                        }
                        last = Segment.seqOf(segment.id()).orElseThrow();
                    }
                    if (!clock.instant().isBefore(nextHeartbeat)) {
                        if (!EventStreams.heartbeat(sink)) {
                            return;
                        }
                        nextHeartbeat = clock.instant().plus(HEARTBEAT);
                    }
                    signal.await(POLL);
                } catch (NotFoundException erased) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } finally {
                    signal.release();
                }
            }
        }
    }

    private void relabel(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        String segmentId = request.path().pathParameters().get("segmentId");
        InterviewRequests.Relabel body = JsonBody.read(request, InterviewRequests.Relabel.class);
        Checks checks = new Checks();
        Speaker speaker = checks.oneOf("speaker", body.speaker(), Speaker::named, Speaker.WIRE_NAMES);
        checks.require(speaker != Speaker.UNKNOWN, "speaker", "must be interviewer or candidate");
        checks.orThrow();
        interviews.relabel(id, segmentId, speaker, Principal.of(request).subject());
        Json.send(response, new Relabelled(segmentId, speaker));
    }

    private static List<TranscriptRepository.NewSegment> segments(InterviewRequests.AppendTranscript body) {
        Checks checks = new Checks();
        List<InterviewRequests.SegmentBody> raw = body.segments();
        if (raw == null || raw.isEmpty()) {
            checks.fail("segments", "is required: at least one segment");
        } else if (raw.size() > MAX_SEGMENTS) {
            checks.fail("segments", "must hold at most " + MAX_SEGMENTS + " segments per request");
        }
        checks.orThrow();
        List<TranscriptRepository.NewSegment> segments = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String field = "segments[" + i + "]";
            InterviewRequests.SegmentBody s = raw.get(i);
            if (s == null) {
                checks.fail(field, "must be a segment object");
                continue;
            }
            Speaker speaker = checks.oneOf(field + ".speaker", s.speaker(), Speaker::named, Speaker.WIRE_NAMES);
            String text = checks.text(field + ".text", s.text(), MAX_SEGMENT_TEXT);
            Optional<Long> start = Optional.ofNullable(s.startMs());
            Optional<Long> end = Optional.ofNullable(s.endMs());
            start.ifPresent(v -> checks.require(v >= 0, field + ".startMs", "must not be negative"));
            end.ifPresent(v -> checks.require(v >= 0, field + ".endMs", "must not be negative"));
            if (start.isPresent() && end.isPresent()) {
                checks.require(end.get() >= start.get(), field + ".endMs", "must not be before startMs");
            }
            if (speaker != null && text != null) {
                segments.add(new TranscriptRepository.NewSegment(speaker, text, start, end));
            }
        }
        checks.orThrow();
        return segments;
    }

    record Relabelled(String segmentId, Speaker speaker) {}
}
