package dev.interviewcopilot.server.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one door to the model. Every call is masked, budgeted, guarded and recorded; failures come back as
 * {@link ModelOutcome.Unavailable} values with a reason, so the caller can fall back to the offline engine.
 */
public interface ModelGateway {

    /** Whether a model is configured; when not, every call is unavailable with {@code NOT_CONFIGURED}. */
    boolean configured();

    /** {@code provider/model}, or {@code offline}. */
    String model();

    /** A plain completion. */
    ModelOutcome complete(ModelCall call);

    /**
     * A completion streamed token by token to {@code tokens} (masked identifiers restored as they complete),
     * ending with the whole answer or the reason it stopped.
     */
    ModelOutcome stream(ModelCall call, Consumer<String> tokens);

    /**
     * A JSON completion checked against the prompt's output schema and then by {@code check}; an answer failing
     * either is sent back once with its problems for repair.
     */
    <T> StructuredOutcome<T> completeJson(ModelCall call, Function<JsonNode, Validation<T>> check);

    /** A structured answer, or the reason there is none. */
    sealed interface StructuredOutcome<T> {
        record Valid<T>(Parsed<T> parsed) implements StructuredOutcome<T> {}

        record Failed<T>(ModelOutcome.Unavailable unavailable) implements StructuredOutcome<T> {}
    }
}
