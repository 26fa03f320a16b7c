package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.interviewcopilot.server.access.AccessPolicy;
import dev.interviewcopilot.server.access.Role;
import dev.interviewcopilot.server.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code openapi.yaml} true: every route the code declares is documented and every documented path is
 * served; every documented response has an example request here, and the real response to it has the documented
 * status, content type and a body that validates against the documented schema.
 */
class OpenApiContractIT {
    private static final String BOOKING = "6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90";
    /** Served by Helidon's observe feature, not by our routing table. */
    private static final Set<String> FEATURE_ROUTES = Set.of("GET /observe/health", "GET /observe/metrics");
    /** The web app's page and files: served to browsers, not part of the API the document describes. */
    private static final Set<String> WEB_APP_ROUTES = Set.of("GET /", "GET /app/{name}");

    private static JsonNode document;
    private final TestServer server = TestServer.shared();

    /**
     * One example per documented response.
     *
     * @param operation {@code METHOD /path/as/documented}
     * @param status the documented status this example produces
     * @param uri the concrete request, with fixture placeholders
     * @param accept the Accept header to send
     * @param body the JSON body, with placeholders, or null
     * @param setup the state the example needs
     * @param as who sends it: {@code null} for the admin, {@link #ANONYMOUS} for no token, else a role's wire name
     */
    record Example(
            String operation,
            int status,
            String uri,
            String accept,
            String body,
            ContractFixture.Setup setup,
            String as) {
        Example(String operation, int status, String uri, String accept) {
            this(operation, status, uri, accept, null, ContractFixture.Setup.NONE, null);
        }

        Example(String operation, int status, String uri, String accept, String body, ContractFixture.Setup setup) {
            this(operation, status, uri, accept, body, setup, null);
        }

        @Override
        public String toString() {
            return operation + " -> " + status + " (" + uri + ")";
        }
    }

    private static final String JSON = "application/json";
    private static final String ANONYMOUS = "anonymous";
    private static final String I = "/v1/interviews/{interview}";
    private static final String R = "/v1/interviews/{random}";
    private static final ContractFixture.Setup NONE = ContractFixture.Setup.NONE;
    private static final ContractFixture.Setup LIVE = ContractFixture.Setup.LIVE;
    private static final ContractFixture.Setup SUBMITTED = ContractFixture.Setup.SUBMITTED;

    private static Example ex(String operation, int status, String uri, String body, ContractFixture.Setup setup) {
        return new Example(operation, status, uri, JSON, body, setup);
    }

    static Stream<Example> examples() {
        return Stream.concat(
                Stream.of(
                        new Example(
                                "GET /v1/questions", 200, "/v1/questions?q=cache+stampede&limit=5", "application/json"),
                        new Example("GET /v1/questions", 400, "/v1/questions?limit=0", "application/json"),
                        new Example("GET /v1/questions/{id}", 200, "/v1/questions/" + BOOKING, "application/json"),
                        new Example("GET /v1/questions/{id}", 400, "/v1/questions/nope", "application/json"),
                        new Example(
                                "GET /v1/questions/{id}",
                                404,
                                "/v1/questions/0d3f4c52-1111-4a2b-9c3d-000000000000",
                                "application/json"),
                        new Example("GET /v1/me", 200, "/v1/me", "application/json"),
                        new Example("GET /v1/me", 400, "/v1/me?who=me", "application/json"),
                        new Example("GET /v1/competencies", 200, "/v1/competencies", "application/json"),
                        new Example("GET /v1/roles", 200, "/v1/roles", "application/json"),
                        new Example("GET /v1/scorecard-templates", 200, "/v1/scorecard-templates", "application/json"),
                        new Example("GET /openapi", 200, "/openapi", "application/json"),
                        new Example("GET /observe/health", 200, "/observe/health", "application/json"),
                        new Example("GET /observe/metrics", 200, "/observe/metrics", "text/plain")),
                Stream.of(questionSetExamples(), interviewExamples(), accessExamples())
                        .flatMap(e -> e));
    }

    /**
     * A 401 for every guarded operation, sent without a token, and a 403 for every operation some role may not
     * use, sent with the first such role's token. Access is decided before routing, so any id will do.
     */
    private static Stream<Example> accessExamples() {
        return AccessPolicy.routes().stream().flatMap(route -> {
            String operation = route.method() + " " + route.template();
            String uri = route.template().replaceAll("\\{[^}]+}", "{random}");
            Stream<Example> anonymous = Stream.of(new Example(operation, 401, uri, JSON, null, NONE, ANONYMOUS));
            Stream<Example> refused = java.util.Arrays.stream(Role.values())
                    .filter(role -> !route.roles().contains(role))
                    .findFirst()
                    .map(role -> new Example(operation, 403, uri, JSON, null, NONE, role.wireName()))
                    .stream();
            return Stream.concat(anonymous, refused);
        });
    }

    /**
     * Responses whose example needs a model: approving needs a drafted question, which only a model writes. {@code
     * questionset.QuestionSetModelIT} exercises it against a model stub and checks it with this document's schema.
     */
    static final Set<String> NEEDS_A_MODEL = Set.of("POST /v1/question-sets/{id}/questions/{questionId}/approve 200");

    private static Stream<Example> questionSetExamples() {
        String set = "/v1/question-sets/{set}";
        String random = "/v1/question-sets/{random}";
        String create = "{\"jobDescription\": \"" + ContractFixture.JOB + "\"}";
        String chef = "{\"jobDescription\": \"Pastry chef for our bakery. You bake bread and cakes every morning,"
                + " plan the seasonal menu with the head chef, order flour and butter, and keep the kitchen clean"
                + " and safe.\"}";
        String move = "{\"version\": 1, \"operations\": [{\"op\": \"move\", \"questionId\": \"{setQuestion}\","
                + " \"position\": 0}]}";
        String stale = move.replace("\"version\": 1", "\"version\": 7");
        String approve = "{\"version\": 1}";
        String approveBank = set + "/questions/{setQuestion}/approve";
        ContractFixture.Setup planned = ContractFixture.Setup.PLANNED;
        return Stream.of(
                ex("GET /v1/eval/runs", 200, "/v1/eval/runs", null, NONE),
                ex("GET /v1/eval/runs", 400, "/v1/eval/runs?suit=retrieval", null, NONE),
                ex(
                        "GET /v1/eval/runs/{suite}/{run}",
                        200,
                        "/v1/eval/runs/retrieval/20261120T100000Z-offline",
                        null,
                        NONE),
                ex("GET /v1/eval/runs/{suite}/{run}", 404, "/v1/eval/runs/retrieval/..", null, NONE),
                ex(
                        "GET /v1/eval/comparison",
                        200,
                        "/v1/eval/comparison?suite=retrieval&a=20261120T100000Z-offline&b=20261121T100000Z-replay",
                        null,
                        NONE),
                ex("GET /v1/eval/comparison", 400, "/v1/eval/comparison?suite=retrieval", null, NONE),
                ex("GET /v1/eval/comparison", 404, "/v1/eval/comparison?suite=retrieval&a=x&b=y", null, NONE),
                ex("POST /v1/question-sets", 201, "/v1/question-sets", create, NONE),
                ex("POST /v1/question-sets", 400, "/v1/question-sets", "{\"jobDescription\": \"Backend dev\"}", NONE),
                ex("POST /v1/question-sets", 422, "/v1/question-sets", chef, NONE),
                ex("GET /v1/question-sets/{id}", 200, set, null, planned),
                ex("GET /v1/question-sets/{id}", 400, set + "?version=0", null, planned),
                ex("GET /v1/question-sets/{id}", 404, random, null, NONE),
                ex("PATCH /v1/question-sets/{id}", 200, set, move, planned),
                ex("PATCH /v1/question-sets/{id}", 400, set, "{\"version\": 1, \"operations\": []}", planned),
                ex("PATCH /v1/question-sets/{id}", 404, random, move.replace("{setQuestion}", "{random}"), NONE),
                ex("PATCH /v1/question-sets/{id}", 409, set, stale, planned),
                ex("GET /v1/question-sets/{id}/versions", 200, set + "/versions", null, planned),
                ex("GET /v1/question-sets/{id}/versions", 400, "/v1/question-sets/nope/versions", null, NONE),
                ex("GET /v1/question-sets/{id}/versions", 404, random + "/versions", null, NONE),
                ex("GET /v1/question-sets/{id}/export", 200, set + "/export?format=json", null, planned),
                new Example(
                        "GET /v1/question-sets/{id}/export",
                        200,
                        set + "/export?format=markdown",
                        "text/markdown",
                        null,
                        planned),
                new Example(
                        "GET /v1/question-sets/{id}/export",
                        200,
                        set + "/export?format=html",
                        "text/html",
                        null,
                        planned),
                ex("GET /v1/question-sets/{id}/export", 400, set + "/export?format=pdf", null, planned),
                ex("GET /v1/question-sets/{id}/export", 404, random + "/export", null, NONE),
                ex("GET /v1/question-sets/{id}/audit", 200, set + "/audit", null, planned),
                ex("GET /v1/question-sets/{id}/audit", 400, "/v1/question-sets/nope/audit", null, NONE),
                ex("GET /v1/question-sets/{id}/audit", 404, random + "/audit", null, NONE),
                ex("POST /v1/question-sets/{id}/questions/{questionId}/approve", 400, approveBank, "{}", planned),
                ex(
                        "POST /v1/question-sets/{id}/questions/{questionId}/approve",
                        404,
                        random + "/questions/{random}/approve",
                        approve,
                        NONE),
                ex("POST /v1/question-sets/{id}/questions/{questionId}/approve", 409, approveBank, approve, planned));
    }

    private static Stream<Example> interviewExamples() {
        String create = "{\"candidate\": {\"name\": \"Lee Example\", \"email\": \"lee@example.org\"},"
                + " \"position\": \"Backend Engineer\", \"interviewer\": \"Priya Natarajan\","
                + " \"date\": \"2026-11-23\", \"stage\": \"Technical screen\", \"role\": \"backend\"}";
        String sign = "{\"signedBy\": \"" + ContractFixture.INTERVIEWER + "\"}";
        String amend = "{\"values\": {\"ownership-rating\": 8}, \"reason\": \"Re-read my notes.\","
                + " \"signedBy\": \"" + ContractFixture.INTERVIEWER + "\"}";
        String emptying = amend.replace("8", "null");
        String segments = "{\"segments\": [{\"speaker\": \"candidate\", \"text\": \"And we keep a key.\"}]}";
        String question = "{\"questionId\": \"" + BOOKING + "\"}";
        return Stream.of(
                ex("POST /v1/interviews", 201, "/v1/interviews", create, NONE),
                ex("POST /v1/interviews", 400, "/v1/interviews", "{}", NONE),
                ex("GET /v1/interviews", 200, "/v1/interviews?interviewer=Priya%20Natarajan", null, LIVE),
                ex("GET /v1/interviews", 400, "/v1/interviews?limit=0", null, NONE),
                ex("GET /v1/interviews/{id}", 200, I, null, LIVE),
                ex("GET /v1/interviews/{id}", 400, "/v1/interviews/nope", null, NONE),
                ex("GET /v1/interviews/{id}", 404, R, null, NONE),
                ex("PUT /v1/interviews/{id}/current-question", 200, I + "/current-question", question, LIVE),
                ex("PUT /v1/interviews/{id}/current-question", 400, I + "/current-question", "{}", LIVE),
                ex("PUT /v1/interviews/{id}/current-question", 404, R + "/current-question", question, NONE),
                ex("POST /v1/interviews/{id}/transcript", 201, I + "/transcript", segments, LIVE),
                ex("POST /v1/interviews/{id}/transcript", 400, I + "/transcript", "{\"segments\": []}", LIVE),
                ex("POST /v1/interviews/{id}/transcript", 404, R + "/transcript", segments, NONE),
                ex("GET /v1/interviews/{id}/transcript", 200, I + "/transcript", null, LIVE),
                ex("GET /v1/interviews/{id}/transcript", 400, "/v1/interviews/nope/transcript", null, NONE),
                ex("GET /v1/interviews/{id}/transcript", 404, R + "/transcript", null, NONE),
                ex(
                        "PATCH /v1/interviews/{id}/transcript/{segmentId}",
                        200,
                        I + "/transcript/s1",
                        "{\"speaker\": \"interviewer\"}",
                        LIVE),
                ex(
                        "PATCH /v1/interviews/{id}/transcript/{segmentId}",
                        400,
                        I + "/transcript/s1",
                        "{\"speaker\": \"narrator\"}",
                        LIVE),
                ex(
                        "PATCH /v1/interviews/{id}/transcript/{segmentId}",
                        404,
                        I + "/transcript/s999",
                        "{\"speaker\": \"candidate\"}",
                        LIVE),
                ex("POST /v1/interviews/{id}/follow-ups", 200, I + "/follow-ups", "{}", LIVE),
                new Example(
                        "POST /v1/interviews/{id}/follow-ups", 200, I + "/follow-ups", "text/event-stream", "{}", LIVE),
                ex("POST /v1/interviews/{id}/follow-ups", 400, I + "/follow-ups", "{\"questionId\": \"x\"}", LIVE),
                ex("POST /v1/interviews/{id}/follow-ups", 404, R + "/follow-ups", "{}", NONE),
                ex("GET /v1/interviews/{id}/probes", 200, I + "/probes", null, LIVE),
                ex("GET /v1/interviews/{id}/probes", 400, "/v1/interviews/nope/probes", null, NONE),
                ex("GET /v1/interviews/{id}/probes", 404, R + "/probes", null, NONE),
                ex(
                        "PATCH /v1/interviews/{id}/probes/{probeId}",
                        200,
                        I + "/probes/{probe}",
                        "{\"status\": \"used\"}",
                        LIVE),
                ex(
                        "PATCH /v1/interviews/{id}/probes/{probeId}",
                        400,
                        I + "/probes/{probe}",
                        "{\"status\": \"maybe\"}",
                        LIVE),
                ex(
                        "PATCH /v1/interviews/{id}/probes/{probeId}",
                        404,
                        I + "/probes/{random}",
                        "{\"status\": \"used\"}",
                        LIVE),
                ex("POST /v1/interviews/{id}/notes/drafts", 201, I + "/notes/drafts", question, LIVE),
                ex("POST /v1/interviews/{id}/notes/drafts", 400, I + "/notes/drafts", "{\"questionId\": 7}", LIVE),
                ex("POST /v1/interviews/{id}/notes/drafts", 404, R + "/notes/drafts", "{}", NONE),
                ex(
                        "POST /v1/interviews/{id}/notes/drafts",
                        422,
                        I + "/notes/drafts",
                        "{}",
                        ContractFixture.Setup.EMPTY),
                ex("GET /v1/interviews/{id}/notes", 200, I + "/notes", null, LIVE),
                ex("GET /v1/interviews/{id}/notes", 400, "/v1/interviews/nope/notes", null, NONE),
                ex("GET /v1/interviews/{id}/notes", 404, R + "/notes", null, NONE),
                ex(
                        "PATCH /v1/interviews/{id}/notes/{noteId}",
                        200,
                        I + "/notes/{note}",
                        "{\"status\": \"confirmed\"}",
                        LIVE),
                ex(
                        "PATCH /v1/interviews/{id}/notes/{noteId}",
                        400,
                        I + "/notes/{note}",
                        "{\"status\": \"maybe\"}",
                        LIVE),
                ex(
                        "PATCH /v1/interviews/{id}/notes/{noteId}",
                        404,
                        I + "/notes/{random}",
                        "{\"status\": \"rejected\"}",
                        LIVE),
                ex(
                        "PATCH /v1/interviews/{id}/notes/{noteId}",
                        409,
                        I + "/notes/{note}",
                        "{\"status\": \"rejected\"}",
                        SUBMITTED),
                ex("GET /v1/interviews/{id}/scorecard", 200, I + "/scorecard", null, LIVE),
                ex("GET /v1/interviews/{id}/scorecard", 400, "/v1/interviews/nope/scorecard", null, NONE),
                ex("GET /v1/interviews/{id}/scorecard", 404, R + "/scorecard", null, NONE),
                ex("PUT /v1/interviews/{id}/scorecard", 200, I + "/scorecard", ContractFixture.COMPLETE_VALUES, LIVE),
                ex(
                        "PUT /v1/interviews/{id}/scorecard",
                        400,
                        I + "/scorecard",
                        "{\"values\": {\"collaboration-rating\": 11}}",
                        LIVE),
                ex("PUT /v1/interviews/{id}/scorecard", 404, R + "/scorecard", ContractFixture.COMPLETE_VALUES, NONE),
                ex(
                        "PUT /v1/interviews/{id}/scorecard",
                        409,
                        I + "/scorecard",
                        ContractFixture.COMPLETE_VALUES,
                        SUBMITTED),
                ex(
                        "POST /v1/interviews/{id}/scorecard/submit",
                        200,
                        I + "/scorecard/submit",
                        sign,
                        ContractFixture.Setup.COMPLETE),
                ex(
                        "POST /v1/interviews/{id}/scorecard/submit",
                        400,
                        I + "/scorecard/submit",
                        "{\"signedBy\": \"\"}",
                        LIVE),
                ex("POST /v1/interviews/{id}/scorecard/submit", 404, R + "/scorecard/submit", sign, NONE),
                ex("POST /v1/interviews/{id}/scorecard/submit", 409, I + "/scorecard/submit", sign, SUBMITTED),
                ex("POST /v1/interviews/{id}/scorecard/submit", 422, I + "/scorecard/submit", sign, LIVE),
                ex("POST /v1/interviews/{id}/scorecard/amendments", 200, I + "/scorecard/amendments", amend, SUBMITTED),
                ex("POST /v1/interviews/{id}/scorecard/amendments", 400, I + "/scorecard/amendments", "{}", SUBMITTED),
                ex("POST /v1/interviews/{id}/scorecard/amendments", 404, R + "/scorecard/amendments", amend, NONE),
                ex("POST /v1/interviews/{id}/scorecard/amendments", 409, I + "/scorecard/amendments", amend, LIVE),
                ex(
                        "POST /v1/interviews/{id}/scorecard/amendments",
                        422,
                        I + "/scorecard/amendments",
                        emptying,
                        SUBMITTED),
                ex("GET /v1/interviews/{id}/scorecard/export", 200, I + "/scorecard/export?format=json", null, LIVE),
                new Example(
                        "GET /v1/interviews/{id}/scorecard/export",
                        200,
                        I + "/scorecard/export?format=markdown",
                        "text/markdown",
                        null,
                        LIVE),
                ex("GET /v1/interviews/{id}/scorecard/export", 400, I + "/scorecard/export?format=pdf", null, LIVE),
                ex("GET /v1/interviews/{id}/scorecard/export", 404, R + "/scorecard/export", null, NONE),
                ex("GET /v1/interviews/{id}/audit", 200, I + "/audit", null, LIVE),
                ex("GET /v1/interviews/{id}/audit", 400, "/v1/interviews/nope/audit", null, NONE),
                ex("GET /v1/interviews/{id}/audit", 404, R + "/audit", null, NONE),
                ex("DELETE /v1/candidates/{id}", 200, "/v1/candidates/{candidate}", null, LIVE),
                ex("DELETE /v1/candidates/{id}", 400, "/v1/candidates/nope", null, NONE),
                ex("DELETE /v1/candidates/{id}", 404, "/v1/candidates/{random}", null, NONE));
    }

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OpenApiContractIT.class.getResourceAsStream("/openapi.yaml")) {
            document = new YAMLMapper().readTree(in);
        }
    }

    @Test
    void should_be_openapi_3_1() {
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void should_document_exactly_the_routes_the_code_declares() {
        Set<String> declared = RouteRecorder.record(
                routing -> Main.routing(routing, TestServer.shared().app()));
        Set<String> documented = new TreeSet<>(operations());
        documented.removeAll(FEATURE_ROUTES);
        declared.removeAll(WEB_APP_ROUTES);

        assertThat(declared).isEqualTo(documented);
    }

    @Test
    void should_document_the_roles_the_access_policy_enforces_on_every_guarded_operation() {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String operation : operations()) {
            if (operation.equals("GET /observe/health")) {
                continue;
            }
            String[] parts = operation.split(" ", 2);
            Set<String> roles = new TreeSet<>();
            document.path("paths")
                    .path(parts[1])
                    .path(parts[0].toLowerCase(java.util.Locale.ROOT))
                    .path("x-roles")
                    .forEach(r -> roles.add(r.asText()));
            documented.put(operation, roles);
        }
        Map<String, Set<String>> enforced = new TreeMap<>();
        for (AccessPolicy.Route route : AccessPolicy.routes()) {
            enforced.put(
                    route.method() + " " + route.template(),
                    route.roles().stream().map(Role::wireName).collect(Collectors.toCollection(TreeSet::new)));
        }

        assertThat(documented).isEqualTo(enforced);
    }

    @Test
    void should_have_an_example_for_every_documented_response() {
        Set<String> documented = new TreeSet<>();
        for (String operation : operations()) {
            responses(operation).fieldNames().forEachRemaining(status -> documented.add(operation + " " + status));
        }
        Set<String> exemplified =
                examples().map(e -> e.operation() + " " + e.status()).collect(Collectors.toCollection(TreeSet::new));

        assertThat(exemplified)
                .isEqualTo(documented.stream()
                        .filter(r -> !r.equals("GET /observe/health 503"))
                        .filter(r -> !NEEDS_A_MODEL.contains(r))
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_answer_as_documented(Example example) {
        ContractFixture fixture = ContractFixture.build(server, example.setup());
        String method = example.operation().split(" ")[0];
        Optional<String> token = example.as() == null
                ? Optional.of(server.admin())
                : example.as().equals(ANONYMOUS)
                        ? Optional.empty()
                        : Optional.of(server.token(Role.parse(example.as()).orElseThrow(), "contract " + example.as()));
        HttpResponse<String> response = fixture.send(method, example.uri(), example.body(), example.accept(), token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(example.status());
        JsonNode documented = responses(example.operation()).path(String.valueOf(example.status()));
        if (documented.has("$ref")) {
            documented = resolve(documented.path("$ref").asText());
        }
        String contentType = response.headers()
                .firstValue("Content-Type")
                .orElse("")
                .split(";")[0]
                .strip();
        JsonNode media = documented.path("content").path(contentType);
        assertThat(media.isMissingNode())
                .as(
                        "documented content types %s include %s",
                        iterable(documented.path("content").fieldNames()), contentType)
                .isFalse();
        if (contentType.endsWith("json")) {
            assertThat(violations(media.path("schema"), Responses.json(response)))
                    .isEmpty();
        }
    }

    private static List<String> operations() {
        List<String> operations = new java.util.ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(document.path("paths").fields())) {
            for (String method : iterable(path.getValue().fieldNames())) {
                operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        return operations;
    }

    private static JsonNode responses(String operation) {
        String[] parts = operation.split(" ", 2);
        return document.path("paths")
                .path(parts[1])
                .path(parts[0].toLowerCase(java.util.Locale.ROOT))
                .path("responses");
    }

    private static JsonNode resolve(String ref) {
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }

    /** Validates against a schema of the document, resolving its {@code #/components/...} references. */
    private static Set<String> violations(JsonNode schema, JsonNode body) {
        ObjectNode standalone = schema.deepCopy();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.set("components", document.path("components"));
        JsonNode asJson = Json.mapper().valueToTree(standalone);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(asJson).validate(body).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
