package dev.interviewcopilot.server.http;

import java.util.List;

/** The request is invalid: every field at fault is named. Maps to 400. */
public final class BadRequestException extends ApiException {
    private final transient List<FieldError> errors;

    public BadRequestException(List<FieldError> errors) {
        super(400, "invalid-request", "Invalid request", describe(errors));
        this.errors = List.copyOf(errors);
    }

    public BadRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    @Override
    List<FieldError> fieldErrors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).field() + ": " + errors.get(0).message();
        }
        return errors.size() + " fields are invalid: "
                + String.join(", ", errors.stream().map(FieldError::field).toList());
    }
}
