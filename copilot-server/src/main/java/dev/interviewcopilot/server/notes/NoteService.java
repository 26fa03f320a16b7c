package dev.interviewcopilot.server.notes;

import dev.interviewcopilot.server.access.Principal;
import dev.interviewcopilot.server.assist.Provenance;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.compliance.LintFinding;
import dev.interviewcopilot.server.http.Checks;
import dev.interviewcopilot.server.http.Ids;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.JsonBody;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code /v1/interviews/{id}/notes}: draft notes for an answer or the whole interview, list them, decide each. */
public final class NoteService implements HttpService {
    static final int MAX_NOTE_TEXT = 5_000;
    private static final List<String> DECISIONS = List.of("confirmed", "rejected");

    private final Notes notes;
    private final QuestionBank bank;

    public NoteService(Notes notes, QuestionBank bank) {
        this.notes = notes;
        this.bank = bank;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/notes/drafts", this::draft)
                .get("/{id}/notes", this::list)
                .patch("/{id}/notes/{noteId}", this::decide);
    }

    private void draft(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        DraftRequest body = JsonBody.read(request, DraftRequest.class);
        Checks checks = new Checks();
        Optional<UUID> questionId = checks.optionalUuid("questionId", body.questionId());
        checks.orThrow();
        Notes.DraftOutcome outcome = notes.draft(id, questionId);
        List<AnswerDrafts> answers = outcome.drafted().stream()
                .map(d -> new AnswerDrafts(
                        d.questionId(),
                        d.notes().stream().map(n -> NoteViews.of(n, bank)).toList(),
                        d.drafts().openQuestions(),
                        d.drafts().withheldQuotes(),
                        d.drafts().provenance()))
                .toList();
        Json.send(response, Status.CREATED_201, new DraftResponse(id, answers, outcome.skipped()));
    }

    private void list(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        List<NoteViews.NoteView> views =
                notes.list(id).stream().map(n -> NoteViews.of(n, bank)).toList();
        Json.send(response, new NoteList(id, views.size(), views));
    }

    private void decide(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        UUID noteId = Ids.path(request, "noteId");
        Decision body = JsonBody.read(request, Decision.class);
        Checks checks = new Checks();
        NoteStatus status = checks.oneOf(
                "status",
                body.status(),
                s -> DECISIONS.contains(s) ? NoteStatus.named(s) : Optional.empty(),
                DECISIONS);
        Optional<String> text = checks.optionalText("text", body.text(), MAX_NOTE_TEXT);
        checks.require(body.text() == null || !body.text().isBlank(), "text", "must not be blank");
        checks.orThrow();
        Notes.Decided decided =
                notes.decide(id, noteId, status, text, Principal.of(request).subject());
        Json.send(response, new DecisionResponse(NoteViews.of(decided.note(), bank), decided.warnings()));
    }

    record DraftRequest(String questionId) {}

    record Decision(String status, String text) {}

    record AnswerDrafts(
            UUID questionId,
            List<NoteViews.NoteView> notes,
            List<String> openQuestions,
            int withheldQuotes,
            Provenance provenance) {}

    record DraftResponse(UUID interviewId, List<AnswerDrafts> answers, List<Notes.Skipped> skipped) {}

    record NoteList(UUID interviewId, int count, List<NoteViews.NoteView> notes) {}

    record DecisionResponse(NoteViews.NoteView note, List<LintFinding> warnings) {}
}
