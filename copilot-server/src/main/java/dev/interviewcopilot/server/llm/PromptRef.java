package dev.interviewcopilot.server.llm;

/**
 * Which prompt produced an output: {@code id@version#hash}, recorded with every AI output.
 *
 * @param id the prompt id
 * @param version its version
 * @param hash the first 12 hex digits of the SHA-256 of the prompt file
 */
public record PromptRef(String id, int version, String hash) {
    @Override
    public String toString() {
        return id + "@" + version + "#" + hash;
    }
}
