package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.access.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request per route of the access policy that the route would carry out, over a fixture of real resources:
 * a question set owned by the hiring manager {@value #OWNER}, and an interview planned from it that the
 * interviewer {@value #RUNNER} runs, with a transcript, a probe and a draft note. The authorization matrix and the
 * fuzz test start from these.
 */
final class RouteSamples {
    static final String BOOKING = "6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90";
    static final String OWNER = "Hana Manager";
    static final String RUNNER = "Ivy Interviewer";

    /**
     * A request with placeholders: {@code {set}}, {@code {setQuestion}}, {@code {interview}}, {@code {segment}},
     * {@code {probe}}, {@code {note}}, {@code {self}} (the caller's name) and {@code {freshCandidate}}.
     *
     * @param path the path and query
     * @param body the JSON body, or null
     */
    record Sample(String path, String body) {}

    final Map<String, String> values = new LinkedHashMap<>();

    private RouteSamples() {}

    /** Creates the fixture on a server, through its API, as its owners would. */
    static RouteSamples create(TestServer server) {
        RouteSamples f = new RouteSamples();
        String manager = server.token(Role.HIRING_MANAGER, OWNER);
        String interviewer = server.token(Role.INTERVIEWER, RUNNER);
        // The hiring manager plans and schedules; the interviewer runs the interview.
        JsonNode set = ok(call(
                server,
                manager,
                "POST",
                "/v1/question-sets",
                "{\"jobDescription\": \"Senior backend engineer for our booking platform. You design and run Java"
                        + " services on PostgreSQL and Kafka, own their reliability and mentor engineers.\"}"));
        f.values.put("{set}", set.path("id").asText());
        f.values.put(
                "{setQuestion}",
                set.path("plan")
                        .path("stages")
                        .get(0)
                        .path("questions")
                        .get(0)
                        .path("questionId")
                        .asText());
        JsonNode interview = ok(call(
                server,
                manager,
                "POST",
                "/v1/interviews",
                "{\"candidate\": {\"name\": \"Sam Matrix\", \"email\": \"sam.matrix@example.org\"}, \"position\":"
                        + " \"Backend Engineer\", \"interviewer\": \"" + RUNNER + "\", \"date\": \"2026-11-23\","
                        + " \"stage\": \"Technical screen\", \"questionSetId\": \"" + f.values.get("{set}") + "\","
                        + " \"questions\": [\"" + BOOKING + "\"]}"));
        String base = "/v1/interviews/" + interview.path("id").asText();
        f.values.put("{interview}", interview.path("id").asText());
        JsonNode appended = ok(call(
                server,
                interviewer,
                "POST",
                base + "/transcript",
                "{\"segments\": [{\"speaker\": \"interviewer\", \"text\": \"How do you stop double bookings?\"},"
                        + " {\"speaker\": \"candidate\", \"text\": \"" + ContractFixture.ANSWER + "\"}]}"));
        f.values.put("{segment}", appended.path("segments").get(0).path("id").asText());
        f.values.put(
                "{probe}",
                ok(call(server, interviewer, "POST", base + "/follow-ups", "{}"))
                        .path("probes")
                        .get(0)
                        .path("id")
                        .asText());
        f.values.put(
                "{note}",
                ok(call(server, interviewer, "POST", base + "/notes/drafts", "{}"))
                        .path("answers")
                        .get(0)
                        .path("notes")
                        .get(0)
                        .path("id")
                        .asText());
        return f;
    }

    static final Map<String, Sample> SAMPLES = Map.ofEntries(
            sample("GET /v1/me", "/v1/me"),
            sample("GET /v1/questions", "/v1/questions?q=double+booking&limit=2"),
            sample("GET /v1/questions/{id}", "/v1/questions/" + BOOKING),
            sample("GET /v1/competencies", "/v1/competencies"),
            sample("GET /v1/roles", "/v1/roles"),
            sample("GET /v1/scorecard-templates", "/v1/scorecard-templates"),
            sample("GET /openapi", "/openapi"),
            sample("GET /observe/metrics", "/observe/metrics"),
            sample(
                    "POST /v1/question-sets",
                    "/v1/question-sets",
                    "{\"jobDescription\": \"Site reliability engineer: run Kubernetes, own on-call and SLOs.\"}"),
            sample("GET /v1/question-sets/{id}", "/v1/question-sets/{set}"),
            sample(
                    "PATCH /v1/question-sets/{id}",
                    "/v1/question-sets/{set}",
                    "{\"version\": 1, \"operations\": [{\"op\": \"move\", \"questionId\": \"{setQuestion}\","
                            + " \"position\": 0}]}"),
            sample("GET /v1/question-sets/{id}/versions", "/v1/question-sets/{set}/versions"),
            sample("GET /v1/question-sets/{id}/export", "/v1/question-sets/{set}/export?format=markdown"),
            sample("GET /v1/question-sets/{id}/audit", "/v1/question-sets/{set}/audit"),
            sample(
                    "POST /v1/question-sets/{id}/questions/{questionId}/approve",
                    "/v1/question-sets/{set}/questions/{setQuestion}/approve",
                    "{\"version\": 1}"),
            sample(
                    "POST /v1/interviews",
                    "/v1/interviews",
                    "{\"candidate\": {\"name\": \"Kim Extra\", \"email\": \"kim@example.org\"}, \"position\":"
                            + " \"Backend Engineer\", \"date\": \"2026-11-24\", \"stage\": \"Screen\", \"role\":"
                            + " \"backend\", \"interviewer\": \"{self}\"}"),
            sample("GET /v1/interviews", "/v1/interviews"),
            sample("GET /v1/interviews/{id}", "/v1/interviews/{interview}"),
            sample(
                    "PUT /v1/interviews/{id}/current-question",
                    "/v1/interviews/{interview}/current-question",
                    "{\"questionId\": \"" + BOOKING + "\"}"),
            sample(
                    "POST /v1/interviews/{id}/transcript",
                    "/v1/interviews/{interview}/transcript",
                    "{\"segments\": [{\"speaker\": \"candidate\", \"text\": \"And I would add a unique index.\"}]}"),
            sample("GET /v1/interviews/{id}/transcript", "/v1/interviews/{interview}/transcript"),
            sample(
                    "PATCH /v1/interviews/{id}/transcript/{segmentId}",
                    "/v1/interviews/{interview}/transcript/{segment}",
                    "{\"speaker\": \"interviewer\"}"),
            sample("POST /v1/interviews/{id}/follow-ups", "/v1/interviews/{interview}/follow-ups", "{}"),
            sample("GET /v1/interviews/{id}/probes", "/v1/interviews/{interview}/probes"),
            sample(
                    "PATCH /v1/interviews/{id}/probes/{probeId}",
                    "/v1/interviews/{interview}/probes/{probe}",
                    "{\"status\": \"used\"}"),
            sample("POST /v1/interviews/{id}/notes/drafts", "/v1/interviews/{interview}/notes/drafts", "{}"),
            sample("GET /v1/interviews/{id}/notes", "/v1/interviews/{interview}/notes"),
            sample(
                    "PATCH /v1/interviews/{id}/notes/{noteId}",
                    "/v1/interviews/{interview}/notes/{note}",
                    "{\"status\": \"confirmed\"}"),
            sample("GET /v1/interviews/{id}/scorecard", "/v1/interviews/{interview}/scorecard"),
            sample(
                    "PUT /v1/interviews/{id}/scorecard",
                    "/v1/interviews/{interview}/scorecard",
                    "{\"values\": {\"concerns\": \"None heard.\"}}"),
            sample(
                    "POST /v1/interviews/{id}/scorecard/submit",
                    "/v1/interviews/{interview}/scorecard/submit",
                    "{\"signedBy\": \"" + RUNNER + "\"}"),
            sample(
                    "POST /v1/interviews/{id}/scorecard/amendments",
                    "/v1/interviews/{interview}/scorecard/amendments",
                    "{\"values\": {\"concerns\": \"x\"}, \"reason\": \"typo\", \"signedBy\": \"" + RUNNER + "\"}"),
            sample(
                    "GET /v1/interviews/{id}/scorecard/export",
                    "/v1/interviews/{interview}/scorecard/export?format=markdown"),
            sample("GET /v1/interviews/{id}/audit", "/v1/interviews/{interview}/audit"),
            sample("DELETE /v1/candidates/{id}", "/v1/candidates/{freshCandidate}"),
            sample("GET /v1/eval/runs", "/v1/eval/runs"),
            sample("GET /v1/eval/runs/{suite}/{run}", "/v1/eval/runs/retrieval/20261120T100000Z-offline"),
            sample(
                    "GET /v1/eval/comparison",
                    "/v1/eval/comparison?suite=retrieval&a=20261120T100000Z-offline&b=20261121T100000Z-replay"));

    /** The candidate of a new interview of their own, for the erasure route to erase. */
    static String freshCandidate(TestServer server) {
        return ok(call(
                        server,
                        server.admin(),
                        "POST",
                        "/v1/interviews",
                        "{\"candidate\": {\"name\": \"Erin Erase\", \"email\": \"erin@example.org\"}, \"position\":"
                                + " \"Engineer\", \"interviewer\": \"Someone\", \"date\": \"2026-11-24\", \"stage\":"
                                + " \"Screen\", \"role\": \"backend\"}"))
                .path("candidate")
                .path("id")
                .asText();
    }

    static String expand(String text, Map<String, String> vars) {
        if (text == null) {
            return null;
        }
        String expanded = text;
        for (Map.Entry<String, String> e : vars.entrySet()) {
            expanded = expanded.replace(e.getKey(), e.getValue());
        }
        return expanded;
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return Responses.json(response);
    }

    static HttpResponse<String> call(TestServer server, String token, String method, String path, String body) {
        return call(server, Optional.of(token), method, path, body);
    }

    static HttpResponse<String> call(
            TestServer server, Optional<String> token, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return server.sendAsIs(request.build());
    }

    private static Map.Entry<String, Sample> sample(String operation, String path) {
        return Map.entry(operation, new Sample(path, null));
    }

    private static Map.Entry<String, Sample> sample(String operation, String path, String body) {
        return Map.entry(operation, new Sample(path, body));
    }
}
