package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.access.AccessPolicy;
import dev.interviewcopilot.server.access.Role;
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
    private static final String OWNER = RouteSamples.OWNER;
    private static final String RUNNER = RouteSamples.RUNNER;
    private static final TestServer server = TestServer.shared();

    /** Who calls: a token (empty for none), what the caller may see of the fixture, and a name for messages. */
    private record Caller(
            String name, Optional<String> token, Optional<Role> role, boolean ownsSet, boolean seesInterview) {}

    private static final Map<String, String> values = new LinkedHashMap<>();
    private static List<Caller> callers;
    private static RouteSamples samples;

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

        samples = RouteSamples.create(server);
        values.putAll(samples.values);
    }

    @Test
    void should_have_a_sample_request_for_every_route_of_the_policy() {
        assertThat(RouteSamples.SAMPLES.keySet())
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
            RouteSamples.Sample sample = RouteSamples.SAMPLES.get(operation);
            for (Caller caller : callers) {
                cells++;
                Map<String, String> vars = new LinkedHashMap<>(values);
                vars.put(
                        "{self}",
                        caller.role().filter(r -> r == Role.INTERVIEWER).isPresent() ? subject(caller) : RUNNER);
                if (sample.path().contains("{freshCandidate}")) {
                    vars.put("{freshCandidate}", RouteSamples.freshCandidate(server));
                }
                HttpResponse<String> response = call(
                        caller.token(),
                        route.method(),
                        RouteSamples.expand(sample.path(), vars),
                        RouteSamples.expand(sample.body(), vars));
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

    private static HttpResponse<String> call(String token, String method, String path, String body) {
        return RouteSamples.call(server, token, method, path, body);
    }

    private static HttpResponse<String> call(Optional<String> token, String method, String path, String body) {
        return RouteSamples.call(server, token, method, path, body);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        return RouteSamples.ok(response);
    }
}
