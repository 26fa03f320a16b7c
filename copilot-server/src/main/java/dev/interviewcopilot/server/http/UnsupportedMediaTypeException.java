package dev.interviewcopilot.server.http;

import java.util.List;

/** The body is not JSON. Maps to 415, naming the header. */
public final class UnsupportedMediaTypeException extends ApiException {
    public UnsupportedMediaTypeException(String given) {
        super(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "Content-Type: send application/json, not " + given + ".");
    }

    @Override
    List<FieldError> fieldErrors() {
        return List.of(new FieldError("Content-Type", "must be application/json"));
    }
}
