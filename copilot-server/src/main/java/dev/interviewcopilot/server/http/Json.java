package dev.interviewcopilot.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

/**
 * The service's one JSON codec: records in and out, absent optionals left out, unknown request fields rejected.
 * Responses are written as bytes with an explicit content type, so what goes on the wire is decided here.
 */
public final class Json {
    static final String APPLICATION_JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private Json() {}

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Sends a body as {@code application/json} with status 200. */
    public static void send(ServerResponse response, Object body) {
        send(response, Status.OK_200, APPLICATION_JSON, body);
    }

    /** Sends a body as {@code application/json} with the given status. */
    public static void send(ServerResponse response, Status status, Object body) {
        send(response, status, APPLICATION_JSON, body);
    }

    static void send(ServerResponse response, Status status, String contentType, Object body) {
        byte[] bytes = bytes(body);
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, contentType);
        response.send(bytes);
    }

    static byte[] bytes(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "response cannot be written as JSON: " + body.getClass().getName(), e);
        }
    }
}
