package dev.interviewcopilot.server.live;

import dev.interviewcopilot.server.http.Checks;
import dev.interviewcopilot.server.http.Ids;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.JsonBody;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /v1/interviews/{id}/transcript}: segments appended by a speech-to-text tool or typed by hand, read back in
 * order, and relabelled when the tool could not tell who spoke.
 */
public final class TranscriptService implements HttpService {
    static final int MAX_SEGMENTS = 200;
    static final int MAX_SEGMENT_TEXT = 20_000;

    private final Interviews interviews;

    public TranscriptService(Interviews interviews) {
        this.interviews = interviews;
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
        Interviews.Appended appended = interviews.append(id, segments);
        Json.send(
                response,
                Status.CREATED_201,
                new InterviewViews.AppendedView(
                        appended.segments().stream().map(InterviewViews::of).toList(), appended.warnings()));
    }

    private void read(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        List<InterviewViews.SegmentView> segments =
                interviews.transcript(id).stream().map(InterviewViews::of).toList();
        Json.send(response, new InterviewViews.TranscriptView(id, segments.size(), segments));
    }

    private void relabel(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        String segmentId = request.path().pathParameters().get("segmentId");
        InterviewRequests.Relabel body = JsonBody.read(request, InterviewRequests.Relabel.class);
        Checks checks = new Checks();
        Speaker speaker = checks.oneOf("speaker", body.speaker(), Speaker::named, Speaker.WIRE_NAMES);
        checks.require(speaker != Speaker.UNKNOWN, "speaker", "must be interviewer or candidate");
        checks.orThrow();
        interviews.relabel(id, segmentId, speaker);
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
