package dev.interviewcopilot.server.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates bank files against the JSON Schemas in {@code question-bank/schema}, which the build copies onto the
 * classpath: the schemas are the contract of this code, so they travel with it rather than with a bank directory.
 */
final class BankSchemas {
    static final String COMPETENCIES = "competencies.schema.json";
    static final String ROLES = "roles.schema.json";
    static final String ROLE_PROFILES = "role-profiles.schema.json";
    static final String SKILLS = "skills.schema.json";
    static final String QUESTIONS = "questions.schema.json";
    static final String SCORECARD_TEMPLATE = "scorecard-template.schema.json";
    static final String PROTECTED_TOPICS = "protected-topics.schema.json";

    private static final String ID_PREFIX = "https://interviewcopilot.dev/schema/";
    private static final String CLASSPATH_PREFIX = "classpath:bank-schema/";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, CLASSPATH_PREFIX)));
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** A schema violation: where in the document, and what is wrong. */
    record Violation(List<Object> path, String message) {}

    /** The violations of a document against the named schema, in document order. */
    List<Violation> validate(String schemaName, JsonNode document) {
        JsonSchema schema =
                schemas.computeIfAbsent(schemaName, name -> factory.getSchema(SchemaLocation.of(ID_PREFIX + name)));
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document)) {
            violations.add(toViolation(message));
        }
        violations.sort(Comparator.comparing(v -> v.path().toString()));
        return violations;
    }

    private static Violation toViolation(ValidationMessage message) {
        List<Object> path = elements(message.getInstanceLocation());
        String text = message.getMessage();
        String prefix = message.getInstanceLocation().toString() + ": ";
        if (text.startsWith(prefix)) {
            text = text.substring(prefix.length());
        }
        // "required" and "additionalProperties" report the parent object; point at the property itself.
        if (message.getProperty() != null
                && ("required".equals(message.getType()) || "additionalProperties".equals(message.getType()))) {
            path.add(message.getProperty());
        }
        return new Violation(path, text);
    }

    private static List<Object> elements(JsonNodePath location) {
        List<Object> path = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            path.add(location.getElement(i));
        }
        return path;
    }
}
