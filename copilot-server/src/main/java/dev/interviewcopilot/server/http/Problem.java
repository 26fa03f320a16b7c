package dev.interviewcopilot.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body, extended with the request id and per-field errors. It never carries prompt
 * text, transcript text or a stack trace.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param instance the request path
 * @param requestId the request id, as echoed in the {@code X-Request-Id} header
 * @param errors field errors, for invalid input
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

    /** Problem types are URNs: stable names that need no web site to resolve. */
    static String type(String slug) {
        return "urn:interview-copilot:problem:" + slug;
    }
}
