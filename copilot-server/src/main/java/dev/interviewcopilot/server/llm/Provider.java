package dev.interviewcopilot.server.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which kind of model endpoint answers; {@code OFFLINE} means none: the offline engine serves everything. */
public enum Provider {
    /** No model: the offline engine answers from the bank. The default. */
    OFFLINE,
    /** Any OpenAI-compatible chat completions API: OpenAI, vLLM, llama.cpp server, LM Studio, ... */
    OPENAI,
    /** Azure OpenAI: the OpenAI API under a deployment URL, with an {@code api-key} header and {@code api-version}. */
    AZURE,
    /** Ollama's native chat API. */
    OLLAMA;

    /** The provider named (case-insensitively), if any. */
    public static Optional<Provider> named(String name) {
        return Arrays.stream(values())
                .filter(p -> p.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    /** The name used in configuration and recorded with every output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
