package dev.interviewcopilot.server.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.access.Principal;
import dev.interviewcopilot.server.bank.FieldType;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.http.Checks;
import dev.interviewcopilot.server.http.Ids;
import dev.interviewcopilot.server.http.Json;
import dev.interviewcopilot.server.http.JsonBody;
import dev.interviewcopilot.server.http.QueryParams;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /v1/interviews/{id}/scorecard}: read, save, submit (sign and lock), amend, export as JSON or Markdown.
 */
public final class ScorecardService implements HttpService {
    static final int MAX_REASON = 1_000;

    private final Scorecards scorecards;
    private final Notes notes;
    private final QuestionBank bank;
    private final boolean aiSuggestedRatings;

    public ScorecardService(Scorecards scorecards, Notes notes, QuestionBank bank, boolean aiSuggestedRatings) {
        this.scorecards = scorecards;
        this.notes = notes;
        this.bank = bank;
        this.aiSuggestedRatings = aiSuggestedRatings;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{id}/scorecard", this::read)
                .put("/{id}/scorecard", this::save)
                .post("/{id}/scorecard/submit", this::submit)
                .post("/{id}/scorecard/amendments", this::amend)
                .get("/{id}/scorecard/export", this::export);
    }

    private void read(ServerRequest request, ServerResponse response) {
        Json.send(response, view(scorecards.current(Ids.path(request, "id"))));
    }

    private void save(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        SaveRequest body = JsonBody.read(request, SaveRequest.class);
        Json.send(
                response,
                view(scorecards.save(
                        id,
                        body.values(),
                        Optional.ofNullable(body.version()),
                        Principal.of(request).subject())));
    }

    private void submit(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        SubmitRequest body = JsonBody.read(request, SubmitRequest.class);
        Checks checks = new Checks();
        String signedBy = checks.text("signedBy", body.signedBy(), 200);
        checks.orThrow();
        Json.send(response, view(scorecards.submit(id, signedBy, Optional.ofNullable(body.version()))));
    }

    private void amend(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        AmendRequest body = JsonBody.read(request, AmendRequest.class);
        Checks checks = new Checks();
        String signedBy = checks.text("signedBy", body.signedBy(), 200);
        String reason = checks.text("reason", body.reason(), MAX_REASON);
        checks.orThrow();
        Json.send(response, view(scorecards.amend(id, body.values(), reason, signedBy)));
    }

    private void export(ServerRequest request, ServerResponse response) {
        UUID id = Ids.path(request, "id");
        QueryParams params = QueryParams.of(request, Set.of("format"));
        String format = params.oneOf("format", List.of("json", "markdown")).orElse("json");
        params.validate();
        Scorecards.Current current = scorecards.current(id);
        ScorecardView view = view(current);
        if (format.equals("markdown")) {
            response.header(HeaderNames.CONTENT_TYPE, "text/markdown; charset=utf-8");
            response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"scorecard-" + id + ".md\"");
            response.send(
                    ScorecardMarkdown.render(current.template(), view, bank).getBytes(StandardCharsets.UTF_8));
        } else {
            response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"scorecard-" + id + ".json\"");
            Json.send(response, view);
        }
    }

    private ScorecardView view(Scorecards.Current current) {
        Scorecard s = current.scorecard();
        List<NoteViews.NoteView> confirmed = notes.confirmed(s.interviewId()).stream()
                .map(n -> NoteViews.of(n, bank))
                .toList();
        return new ScorecardView(
                s.interviewId(),
                current.template().id(),
                current.template().name(),
                s.status(),
                s.version(),
                s.currentValues(),
                s.signature(),
                s.amendments(),
                confirmed,
                aiSuggestedRatings ? Optional.of(suggestions(current, confirmed)) : Optional.empty(),
                ScorecardView.ADVISORY);
    }

    /** For each rating field tied to a question, the bands suggested on that question's confirmed notes. */
    private static List<ScorecardView.RatingSuggestion> suggestions(
            Scorecards.Current current, List<NoteViews.NoteView> confirmed) {
        List<ScorecardView.RatingSuggestion> suggestions = new ArrayList<>();
        current.template().fields().stream()
                .filter(f -> f.type() == FieldType.SCALE && f.question().isPresent())
                .forEach(f -> {
                    List<String> bands = confirmed.stream()
                            .filter(n -> n.questionId().equals(f.question().get()))
                            .flatMap(n -> n.aiSuggestion().stream())
                            .map(NoteViews.AiSuggestion::band)
                            .distinct()
                            .toList();
                    if (!bands.isEmpty()) {
                        suggestions.add(new ScorecardView.RatingSuggestion(
                                f.id(), f.question().get(), bands, NoteViews.AI_SUGGESTION));
                    }
                });
        return suggestions;
    }

    record SaveRequest(JsonNode values, Long version) {}

    record SubmitRequest(String signedBy, Long version) {}

    record AmendRequest(JsonNode values, String reason, String signedBy) {}
}
