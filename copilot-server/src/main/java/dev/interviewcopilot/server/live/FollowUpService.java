package dev.interviewcopilot.server.live;

import dev.interviewcopilot.server.access.Principal;
import dev.interviewcopilot.server.assist.ProbeTarget;
import dev.interviewcopilot.server.assist.Provenance;
import dev.interviewcopilot.server.http.Checks;
import dev.interviewcopilot.server.http.EventStreams;
import dev.interviewcopilot.server.http.Ids;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.JsonBody;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /v1/interviews/{id}/follow-ups} and {@code /probes}: up to three probes for the answer under way, as JSON
 * or, when the client accepts {@code text/event-stream}, one {@code probe} event per probe as it forms and a final
 * {@code done} event with the provenance; and the interviewer's used/dismissed decision on each.
 */
public final class FollowUpService implements HttpService {
    private static final Logger LOG = Logger.getLogger(FollowUpService.class.getName());
    static final int MAX_LIVE_ANSWER = 20_000;
    private static final List<String> DECISIONS = List.of("used", "dismissed");

    private final FollowUps followUps;

    public FollowUpService(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/follow-ups", this::suggest)
                .get("/{id}/probes", this::list)
                .patch("/{id}/probes/{probeId}", this::decide);
    }

    private void suggest(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        FollowUpRequest body = JsonBody.read(request, FollowUpRequest.class);
        Checks checks = new Checks();
        Optional<UUID> questionId = checks.optionalUuid("questionId", body.questionId());
        Optional<String> answer = checks.optionalText("answer", body.answer(), MAX_LIVE_ANSWER);
        checks.orThrow();
        FollowUps.Prepared prepared = followUps.prepare(id, questionId, answer);
        if (EventStreams.wanted(request)) {
            stream(prepared, response);
        } else {
            FollowUps.Suggested suggested = followUps.suggest(prepared);
            Json.send(
                    response,
                    new Suggestions(
                            suggested.questionId(),
                            suggested.probes().stream()
                                    .map(FollowUpService::view)
                                    .toList(),
                            suggested.provenance()));
        }
    }

    /**
     * Runs the suggestion on its own virtual thread and relays each probe from this one, which alone writes to the
     * response. A client that goes away does not stop the suggestion: its probes are stored and recorded anyway.
     */
    private void stream(FollowUps.Prepared prepared, ServerResponse response) {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        Thread.ofVirtual().name("follow-ups").start(() -> {
            try {
                events.add(followUps.stream(prepared, events::add));
            } catch (RuntimeException e) {
                events.add(e);
            }
        });
        try (SseSink sink = EventStreams.open(response)) {
            boolean open = true;
            while (true) {
                Object next = take(events);
                if (next instanceof StoredProbe probe) {
                    open = open && EventStreams.emit(sink, "probe", view(probe));
                } else if (next instanceof FollowUps.Suggested done) {
                    if (open) {
                        EventStreams.emit(
                                sink,
                                "done",
                                new Done(done.questionId(), done.probes().size(), done.provenance()));
                    }
                    return;
                } else {
                    LOG.log(Level.SEVERE, "follow-up stream failed", (Throwable) next);
                    if (open) {
                        EventStreams.emit(sink, "error", new StreamError("The suggestion failed; ask again."));
                    }
                    return;
                }
            }
        }
    }

    private static Object take(BlockingQueue<Object> events) {
        try {
            return events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted while streaming follow-ups", e);
        }
    }

    private void list(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        List<ProbeView> probes =
                followUps.list(id).stream().map(FollowUpService::view).toList();
        Json.send(response, new ProbeList(id, probes.size(), probes));
    }

    private void decide(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        UUID probeId = Ids.path(request, "probeId");
        Decision body = JsonBody.read(request, Decision.class);
        Checks checks = new Checks();
        ProbeStatus status = checks.oneOf(
                "status",
                body.status(),
                s -> DECISIONS.contains(s) ? ProbeStatus.named(s) : Optional.empty(),
                DECISIONS);
        checks.orThrow();
        Json.send(
                response,
                view(followUps.decide(id, probeId, status, Principal.of(request).subject())));
    }

    private static ProbeView view(StoredProbe p) {
        return new ProbeView(
                p.id(),
                p.questionId(),
                p.text(),
                p.target(),
                p.why(),
                p.source().wireName(),
                p.status(),
                p.createdAt().toString(),
                p.decidedAt().map(Object::toString));
    }

    record FollowUpRequest(String questionId, String answer) {}

    record Decision(String status) {}

    record ProbeView(
            UUID id,
            UUID questionId,
            String text,
            ProbeTarget target,
            String why,
            String source,
            ProbeStatus status,
            String createdAt,
            Optional<String> decidedAt) {}

    record Suggestions(UUID questionId, List<ProbeView> probes, Provenance provenance) {}

    record ProbeList(UUID interviewId, int count, List<ProbeView> probes) {}

    record Done(UUID questionId, int count, Provenance provenance) {}

    record StreamError(String detail) {}
}
