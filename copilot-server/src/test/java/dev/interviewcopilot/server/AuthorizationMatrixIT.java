package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.access.AccessPolicy;
import dev.interviewcopilot.server.access.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route of the access policy, called by every kind of caller: no token, an admin, the hiring manager who owns
 * the plan, another hiring manager, the interviewer who runs the interview, another interviewer, an evaluator. Each
 * call must end as the policy says: 401 without a token, 403 for a role the route does not allow, 404 for someone
 * else's interview or question set (word for word what a missing one answers), and for everyone else the route's
 * own answer, which is never 401, 403, 404 or 5xx.
 */
class AuthorizationMatrixIT {
    private static final String BOOKING = "6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90";
    private static final String OWNER = "Hana Manager";
    private static final String RUNNER = "Ivy Interviewer";
    private static final TestServer server = TestServer.shared();

    /** Who calls: a token (empty for none), what the caller may see of the fixture, and a name for messages. */
    private record Caller(
            String name, Optional<String> token, Optional<Role> role, boolean ownsSet, boolean seesInterview) {}

    private static final Map<String, String> values = new LinkedHashMap<>();
    private static List<Caller> callers;

    @BeforeAll
    static void createResourcesOfTheirOwners() {
        String manager = server.token(Role.HIRING_MANAGER, OWNER);
        String interviewer = server.token(Role.INTERVIEWER, RUNNER);
        callers = List.of(
                new Caller("no token", Optional.empty(), Optional.empty(), false, false),
                new Caller("admin", Optional.of(server.admin()), Optional.of(Role.ADMIN), true, true),
                new Caller("owning hiring manager", Optional.of(manager), Optional.of(Role.HIRING_MANAGER), true, true),
                new Caller(
                        "other hiring manager",
                        Optional.of(server.token(Role.HIRING_MANAGER, "Hugo Other")),
                        Optional.of(Role.HIRING_MANAGER),
                        false,
                        false),
                new Caller("running interviewer", Optional.of(interviewer), Optional.of(Role.INTERVIEWER), false, true),
                new Caller(
                        "other interviewer",
                        Optional.of(server.token(Role.INTERVIEWER, "Ian Other")),
                        Optional.of(Role.INTERVIEWER),
                        false,
                        false),
                new Caller(
                        "evaluator",
                        Optional.of(server.token(Role.EVALUATOR, "Eve Evaluator")),
                        Optional.of(Role.EVALUATOR),
                        false,
                        false));

        // The hiring manager plans and schedules; the interviewer runs the interview.
        JsonNode set = ok(call(
                manager,
                "POST",
                "/v1/question-sets",
                "{\"jobDescription\": \"Senior backend engineer for our booking platform. You design and run Java"
                        + " services on PostgreSQL and Kafka, own their reliability and mentor engineers.\"}"));
        values.put("{set}", set.path("id").asText());
        values.put(
                "{setQuestion}",
                set.path("plan")
                        .path("stages")
                        .get(0)
                        .path("questions")
                        .get(0)
                        .path("questionId")
                        .asText());
        JsonNode interview = ok(call(
                manager,
                "POST",
                "/v1/interviews",
                "{\"candidate\": {\"name\": \"Sam Matrix\", \"email\": \"sam.matrix@example.org\"}, \"position\":"
                        + " \"Backend Engineer\", \"interviewer\": \"" + RUNNER + "\", \"date\": \"2026-11-23\","
                        + " \"stage\": \"Technical screen\", \"questionSetId\": \"" + values.get("{set}") + "\","
                        + " \"questions\": [\"" + BOOKING + "\"]}"));
        String base = "/v1/interviews/" + interview.path("id").asText();
        values.put("{interview}", interview.path("id").asText());
        JsonNode appended = ok(call(
                interviewer,
                "POST",
                base + "/transcript",
                "{\"segments\": [{\"speaker\": \"interviewer\", \"text\": \"How do you stop double bookings?\"},"
                        + " {\"speaker\": \"candidate\", \"text\": \"" + ContractFixture.ANSWER + "\"}]}"));
        values.put("{segment}", appended.path("segments").get(0).path("id").asText());
        values.put(
                "{probe}",
                ok(call(interviewer, "POST", base + "/follow-ups", "{}"))
                        .path("probes")
                        .get(0)
                        .path("id")
                        .asText());
        values.put(
                "{note}",
                ok(call(interviewer, "POST", base + "/notes/drafts", "{}"))
                        .path("answers")
                        .get(0)
                        .path("notes")
                        .get(0)
                        .path("id")
                        .asText());
    }

    /** A request that the route would carry out for a caller allowed to, with the fixture's ids. */
    private record Sample(String path, String body) {}

    private static final Map<String, Sample> SAMPLES = Map.ofEntries(
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

    @Test
    void should_have_a_sample_request_for_every_route_of_the_policy() {
        assertThat(SAMPLES.keySet())
                .containsExactlyInAnyOrderElementsOf(AccessPolicy.routes().stream()
                        .map(r -> r.method() + " " + r.template())
                        .toList());
    }

    @Test
    void should_answer_every_route_for_every_caller_as_the_policy_says() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (AccessPolicy.Route route : AccessPolicy.routes()) {
            String operation = route.method() + " " + route.template();
            Sample sample = SAMPLES.get(operation);
            for (Caller caller : callers) {
                cells++;
                Map<String, String> vars = new LinkedHashMap<>(values);
                vars.put(
                        "{self}",
                        caller.role().filter(r -> r == Role.INTERVIEWER).isPresent() ? subject(caller) : RUNNER);
                if (sample.path().contains("{freshCandidate}")) {
                    vars.put("{freshCandidate}", freshCandidate());
                }
                HttpResponse<String> response =
                        call(caller.token(), route.method(), expand(sample.path(), vars), expand(sample.body(), vars));
                int expected = expected(route, caller);
                int status = response.statusCode();
                boolean right = expected == 0
                        ? status < 500 && !Set.of(401, 403, 404, 429).contains(status)
                        : status == expected;
                if (!right) {
                    wrong.add(operation + " as " + caller.name() + ": " + status + " (expected "
                            + (expected == 0 ? "the route's own answer" : expected) + ") " + response.body());
                }
                if (expected == 404) {
                    String detail = Responses.json(response).path("detail").asText();
                    if (!detail.startsWith("No interview has the id")
                            && !detail.startsWith("No question set has the id")) {
                        wrong.add(operation + " as " + caller.name() + ": a hidden resource must read as a missing"
                                + " one, got '" + detail + "'");
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(AccessPolicy.routes().size() * callers.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void should_list_only_the_interviews_each_caller_may_see() {
        String interview = values.get("{interview}");
        for (Caller caller : callers.subList(1, callers.size())) {
            HttpResponse<String> response = call(caller.token(), "GET", "/v1/interviews?limit=200", null);
            if (caller.role().orElseThrow() == Role.EVALUATOR) {
                assertThat(response.statusCode()).isEqualTo(403);
                continue;
            }
            Set<String> listed = Responses.json(response).path("interviews").findValuesAsText("id").stream()
                    .collect(Collectors.toSet());
            assertThat(listed.contains(interview)).as(caller.name()).isEqualTo(caller.seesInterview());
        }
    }

    @Test
    void should_keep_callers_from_acting_in_someone_elses_name() {
        String other = server.token(Role.INTERVIEWER, "Ian Other");
        HttpResponse<String> forSomeoneElse = call(
                Optional.of(other),
                "POST",
                "/v1/interviews",
                "{\"candidate\": {\"name\": \"Kim\", \"email\": \"kim@example.org\"}, \"position\": \"Engineer\","
                        + " \"interviewer\": \"" + RUNNER + "\", \"date\": \"2026-11-24\", \"stage\": \"Screen\","
                        + " \"role\": \"backend\"}");
        assertThat(forSomeoneElse.statusCode()).isEqualTo(400);
        assertThat(forSomeoneElse.body()).contains("\"field\":\"interviewer\"");

        HttpResponse<String> othersPlan = call(
                Optional.of(server.token(Role.HIRING_MANAGER, "Hugo Other")),
                "POST",
                "/v1/interviews",
                "{\"candidate\": {\"name\": \"Kim\", \"email\": \"kim@example.org\"}, \"position\": \"Engineer\","
                        + " \"interviewer\": \"" + RUNNER + "\", \"date\": \"2026-11-24\", \"stage\": \"Screen\","
                        + " \"questionSetId\": \"" + values.get("{set}") + "\"}");
        assertThat(othersPlan.statusCode()).isEqualTo(400);
        assertThat(othersPlan.body()).contains("no question set has this id");

        // The trail names whoever acted, not the interview's interviewer.
        JsonNode trail = Responses.json(call(
                Optional.of(server.admin()), "GET", "/v1/interviews/" + values.get("{interview}") + "/audit", null));
        assertThat(trail.path("events").findValuesAsText("actor")).contains(OWNER, RUNNER);
    }

    private static int expected(AccessPolicy.Route route, Caller caller) {
        if (caller.token().isEmpty()) {
            return 401;
        }
        if (!route.roles().contains(caller.role().orElseThrow())) {
            return 403;
        }
        if (route.resource().isPresent()) {
            boolean visible = switch (route.resource().get()) {
                case INTERVIEW -> caller.seesInterview();
                case QUESTION_SET -> caller.ownsSet();
            };
            return visible ? 0 : 404;
        }
        return 0;
    }

    private static String subject(Caller caller) {
        return Responses.json(call(caller.token(), "GET", "/v1/me", null))
                .path("subject")
                .asText();
    }

    /** A candidate of an interview of their own, for the erasure route to erase. */
    private static String freshCandidate() {
        return ok(call(
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

    private static Map.Entry<String, Sample> sample(String operation, String path) {
        return Map.entry(operation, new Sample(path, null));
    }

    private static Map.Entry<String, Sample> sample(String operation, String path, String body) {
        return Map.entry(operation, new Sample(path, body));
    }

    private static String expand(String text, Map<String, String> vars) {
        if (text == null) {
            return null;
        }
        String expanded = text;
        for (Map.Entry<String, String> e : vars.entrySet()) {
            expanded = expanded.replace(e.getKey(), e.getValue());
        }
        return expanded;
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return Responses.json(response);
    }

    private static HttpResponse<String> call(String token, String method, String path, String body) {
        return call(Optional.of(token), method, path, body);
    }

    private static HttpResponse<String> call(Optional<String> token, String method, String path, String body) {
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
}
