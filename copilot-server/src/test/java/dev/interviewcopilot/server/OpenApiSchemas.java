package dev.interviewcopilot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.interviewcopilot.server.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Checks a response body against a component schema of the published OpenAPI document, for tests outside the contract test. */
public final class OpenApiSchemas {
    private static final JsonNode DOCUMENT = read();

    private OpenApiSchemas() {}

    /** What is wrong with {@code body} as a {@code #/components/schemas/<name>}; empty when it conforms. */
    public static Set<String> violations(String name, JsonNode body) {
        ObjectNode schema = Json.mapper().createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$ref", "#/components/schemas/" + name);
        schema.set("components", DOCUMENT.path("components"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(body).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode read() {
        try (InputStream in = OpenApiSchemas.class.getResourceAsStream("/openapi.yaml")) {
            return Json.mapper().valueToTree(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
