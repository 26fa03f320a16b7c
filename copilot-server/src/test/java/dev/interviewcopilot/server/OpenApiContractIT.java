package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.interviewcopilot.server.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static JsonNode document;
    private final TestServer server = TestServer.shared();

    /**
     * One example per documented response.
     *
     * @param operation {@code METHOD /path/as/documented}
     * @param status the documented status this example produces
     * @param uri the concrete request
     * @param accept the Accept header to send
     */
    record Example(String operation, int status, String uri, String accept) {
        @Override
        public String toString() {
            return operation + " -> " + status + " (" + uri + ")";
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                new Example("GET /v1/questions", 200, "/v1/questions?q=cache+stampede&limit=5", "application/json"),
                new Example("GET /v1/questions", 400, "/v1/questions?limit=0", "application/json"),
                new Example("GET /v1/questions/{id}", 200, "/v1/questions/" + BOOKING, "application/json"),
                new Example("GET /v1/questions/{id}", 400, "/v1/questions/nope", "application/json"),
                new Example(
                        "GET /v1/questions/{id}",
                        404,
                        "/v1/questions/0d3f4c52-1111-4a2b-9c3d-000000000000",
                        "application/json"),
                new Example("GET /v1/competencies", 200, "/v1/competencies", "application/json"),
                new Example("GET /v1/roles", 200, "/v1/roles", "application/json"),
                new Example("GET /v1/scorecard-templates", 200, "/v1/scorecard-templates", "application/json"),
                new Example("GET /openapi", 200, "/openapi", "application/json"),
                new Example("GET /observe/health", 200, "/observe/health", "application/json"),
                new Example("GET /observe/metrics", 200, "/observe/metrics", "text/plain"));
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

        assertThat(declared).isEqualTo(documented);
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
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void should_answer_as_documented(Example example) {
        HttpResponse<String> response = server.get(example.uri(), "Accept", example.accept());

        assertThat(response.statusCode()).isEqualTo(example.status());
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
