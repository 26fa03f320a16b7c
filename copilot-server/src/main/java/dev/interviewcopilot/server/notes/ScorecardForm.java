package dev.interviewcopilot.server.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.server.bank.FieldType;
import dev.interviewcopilot.server.bank.ScorecardTemplate;
import dev.interviewcopilot.server.http.Checks;
import dev.interviewcopilot.server.http.FieldError;
import dev.interviewcopilot.server.live.Interview;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a template's fields put on their values: scales are whole numbers from 1 to 10, choices come from the
 * field's options, text has a length limit, and signatures are set only by submitting. A {@code null} value clears
 * a field.
 */
final class ScorecardForm {
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_LONG_TEXT = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ScorecardForm() {}

    /** The checked changes, each error named {@code values.<field id>}. */
    static ObjectNode changes(ScorecardTemplate template, JsonNode values, Checks checks) {
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        if (values == null || !values.isObject()) {
            checks.fail("values", "is required: an object of field id to value");
            return changes;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = values.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String name = "values." + entry.getKey();
            Optional<ScorecardTemplate.Field> field = template.fields().stream()
                    .filter(f -> f.id().equals(entry.getKey()))
                    .findFirst();
            if (field.isEmpty()) {
                checks.fail(name, "is not a field of the template " + template.id());
            } else if (field.get().type() == FieldType.SIGNATURE) {
                checks.fail(name, "is set by submitting the scorecard, not by editing it");
            } else if (entry.getValue().isNull()) {
                changes.putNull(entry.getKey());
            } else {
                check(field.get(), entry.getValue(), name, checks).ifPresent(v -> changes.set(entry.getKey(), v));
            }
        }
        return changes;
    }

    /** Applies changes: a null clears the field. */
    static ObjectNode apply(ObjectNode values, ObjectNode changes) {
        ObjectNode result = values.deepCopy();
        changes.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), e.getValue());
            }
        });
        return result;
    }

    /** The required fields still empty, signatures aside (submission sets them). */
    static List<FieldError> missing(ScorecardTemplate template, ObjectNode values) {
        List<FieldError> missing = new ArrayList<>();
        for (ScorecardTemplate.Field f : template.fields()) {
            if (f.required() && f.type() != FieldType.SIGNATURE && empty(values.get(f.id()))) {
                missing.add(new FieldError("values." + f.id(), "is required (" + f.label() + ")"));
            }
        }
        return missing;
    }

    /** What the interview already knows: the candidate's name and email, and the date. */
    static ObjectNode prefill(ScorecardTemplate template, Interview interview) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        for (ScorecardTemplate.Field f : template.fields()) {
            switch (f.type()) {
                case FULL_NAME -> interview.candidate().name().ifPresent(n -> values.put(f.id(), n));
                case EMAIL -> interview.candidate().email().ifPresent(e -> values.put(f.id(), e));
                case DATE -> values.put(f.id(), interview.date().toString());
                default -> {
                    // the interviewer fills in the rest
                }
            }
        }
        return values;
    }

    /** Puts the signer's name into the template's signature fields. */
    static ObjectNode sign(ScorecardTemplate template, ObjectNode values, String signedBy) {
        ObjectNode signed = values.deepCopy();
        template.fields().stream()
                .filter(f -> f.type() == FieldType.SIGNATURE)
                .forEach(f -> signed.put(f.id(), signedBy));
        return signed;
    }

    private static boolean empty(JsonNode value) {
        return value == null
                || value.isNull()
                || (value.isTextual() && value.asText().isBlank())
                || (value.isArray() && value.isEmpty());
    }

    private static Optional<JsonNode> check(ScorecardTemplate.Field field, JsonNode value, String name, Checks checks) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (field.type()) {
            case SCALE -> {
                if (!value.canConvertToExactIntegral() || value.asInt() < 1 || value.asInt() > 10) {
                    checks.fail(name, "must be a whole number from 1 to 10");
                    return Optional.empty();
                }
                return Optional.of(nodes.numberNode(value.asInt()));
            }
            case NUMBER -> {
                if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1_000_000) {
                    checks.fail(name, "must be a number from 0 to 1000000");
                    return Optional.empty();
                }
                return Optional.of(value);
            }
            case MULTIPLE_CHOICE -> {
                if (!value.isArray()) {
                    checks.fail(name, "must be an array of options from " + field.options());
                    return Optional.empty();
                }
                Set<String> seen = new HashSet<>();
                for (JsonNode option : value) {
                    if (!option.isTextual()
                            || !field.options().contains(option.asText())
                            || !seen.add(option.asText())) {
                        checks.fail(name, "must list distinct options from " + field.options());
                        return Optional.empty();
                    }
                }
                return Optional.of(value);
            }
            default -> {
                if (!value.isTextual()) {
                    checks.fail(name, "must be a string");
                    return Optional.empty();
                }
                return text(field, value.asText(), name, checks).map(nodes::textNode);
            }
        }
    }

    private static Optional<String> text(ScorecardTemplate.Field field, String raw, String name, Checks checks) {
        int max = field.type() == FieldType.LONG_TEXT ? MAX_LONG_TEXT : MAX_SHORT_TEXT;
        Optional<String> text = checks.optionalText(name, raw, max);
        if (text.isEmpty()) {
            return text;
        }
        String value = text.get();
        switch (field.type()) {
            case EMAIL -> checks.require(EMAIL.matcher(value).matches(), name, "must be an email address");
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    checks.fail(name, "must be a date as YYYY-MM-DD");
                }
            }
            case DROPDOWN, SINGLE_CHOICE ->
                checks.require(field.options().contains(value), name, "must be one of " + field.options());
            default -> {
                // free text
            }
        }
        return text;
    }
}
