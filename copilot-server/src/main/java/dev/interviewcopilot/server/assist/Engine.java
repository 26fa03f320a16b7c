package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which engine produced a result. */
public enum Engine {
    /** A language model, through the guarded gateway. */
    LLM,
    /** The offline engine: the bank, in-process embeddings and lexical cues. */
    OFFLINE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
