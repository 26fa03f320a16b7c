package dev.interviewcopilot.server.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Turns a model's text into JSON checked against the prompt's schema, or the problems to send back for repair. */
final class JsonReplies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<JsonNode, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private JsonReplies() {}

    /** The parsed reply, or the problems with it. */
    record Reply(JsonNode json, List<String> problems) {}

    static Reply parse(String text, JsonNode schema) {
        JsonNode json;
        try {
            json = JSON.readTree(stripFences(text));
        } catch (JsonProcessingException e) {
            return new Reply(null, List.of("the reply is not valid JSON: " + e.getOriginalMessage()));
        }
        if (json == null || !json.isObject()) {
            return new Reply(null, List.of("the reply must be one JSON object"));
        }
        JsonSchema compiled = SCHEMAS.computeIfAbsent(
                schema,
                s -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(s));
        List<String> problems = compiled.validate(json).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
        return new Reply(json, problems);
    }

    /** Models often wrap JSON in a Markdown code fence despite being asked not to. */
    static String stripFences(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("```")) {
            int firstLine = trimmed.indexOf('\n');
            int closing = trimmed.lastIndexOf("```");
            if (firstLine > 0 && closing > firstLine) {
                return trimmed.substring(firstLine + 1, closing).strip();
            }
        }
        return trimmed;
    }
}
