package dev.interviewcopilot.server.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Recorded model responses, one JSON file per response under a directory, keyed by provider, model, prompt
 * {@code id@version#hash} and the hash of the rendered (already masked) input. Replaying a run gives exactly the
 * recorded answers without a network. Only masked text is stored: no candidate identifier reaches the disk.
 */
final class ResponseCache {
    private final Path dir;
    private final CacheMode mode;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * A recorded response.
     *
     * @param key the lookup key
     * @param prompt the prompt reference
     * @param model {@code provider/model}
     * @param text the masked answer
     * @param inputTokens tokens sent
     * @param outputTokens tokens received
     */
    record Entry(String key, String prompt, String model, String text, int inputTokens, int outputTokens) {}

    ResponseCache(Path dir, CacheMode mode) {
        this.dir = dir;
        this.mode = mode;
    }

    CacheMode mode() {
        return mode;
    }

    /** The key of a call: what must be equal for two calls to deserve the same answer. */
    static String key(String model, PromptRef prompt, String maskedSystem, String maskedUser) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {model, prompt.toString(), maskedSystem, maskedUser}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Entry> find(String key) {
        if (mode == CacheMode.OFF) {
            return Optional.empty();
        }
        Path file = dir.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), Entry.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable recorded response " + file, e);
        }
    }

    /** Records a response (in record mode); written to a temporary file and moved, so readers never see half. */
    void store(Entry entry) {
        if (mode != CacheMode.RECORD) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path partial = dir.resolve(entry.key() + "." + UUID.randomUUID() + ".partial");
            json.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), entry);
            try {
                Files.move(partial, dir.resolve(entry.key() + ".json"), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, dir.resolve(entry.key() + ".json"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a model response in " + dir, e);
        }
    }
}
