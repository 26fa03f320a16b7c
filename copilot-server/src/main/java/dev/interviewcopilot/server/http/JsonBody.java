package dev.interviewcopilot.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a JSON request body into a record. Every failure is a 4xx naming the field at fault: a body that is not
 * UTF-8 or not JSON ({@code body}), nested deeper than {@value #MAX_DEPTH} levels, a value of the wrong type
 * ({@code segments[2].startMs}) or a field the endpoint does not know. The size limit is the server's
 * {@code max-payload-size}, enforced before this runs. Missing fields arrive as {@code null}: each request record
 * checks its own with {@link Checks}.
 */
public final class JsonBody {
    static final int MAX_DEPTH = 16;

    private static final ObjectMapper READER = reader();

    private JsonBody() {}

    private static ObjectMapper reader() {
        ObjectMapper reader = Json.mapper().copy();
        // A number where text is expected (or the reverse) is a client error, not something to guess at.
        reader.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        reader.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        reader.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(2_000_000)
                        .build());
        return reader;
    }

    /** The request's body as the given type; an empty body reads as an empty JSON object. */
    public static <T> T read(ServerRequest request, Class<T> type) {
        checkContentType(request);
        byte[] bytes = request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
        String text = decode(bytes);
        JsonNode node = parse(text.isBlank() ? "{}" : text);
        if (!node.isObject()) {
            throw new BadRequestException("body", "must be a JSON object");
        }
        try {
            T value = READER.treeToValue(node, type);
            if (value == null) {
                throw new BadRequestException("body", "must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequestException(path(e), "is not a field of this request");
        } catch (InvalidFormatException e) {
            throw new BadRequestException(path(e), "must be " + describe(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw new BadRequestException(path(e), "must be " + describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            // A record constructor that rejects a value (e.g. an unknown enum constant) lands here.
            Throwable cause = e.getCause();
            if (cause instanceof BadRequestException bad) {
                throw bad;
            }
            throw new BadRequestException(path(e), "has an invalid value");
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body", "is not valid JSON");
        }
    }

    private static void checkContentType(ServerRequest request) {
        Optional<String> type = request.headers()
                .first(HeaderNames.CONTENT_TYPE)
                .map(t -> t.toLowerCase(Locale.ROOT).split(";")[0].strip());
        if (type.isPresent() && !type.get().equals(Json.APPLICATION_JSON)) {
            throw new UnsupportedMediaTypeException(type.get());
        }
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadRequestException("body", "is not valid UTF-8");
        }
    }

    private static JsonNode parse(String text) {
        try {
            return READER.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new BadRequestException(
                    "body", "nests deeper than " + MAX_DEPTH + " levels or holds too long a value");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw new BadRequestException("body", "is not valid JSON" + where);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        List<JsonMappingException.Reference> references = e.getPath();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of the documented values";
        }
        return "an object";
    }
}
