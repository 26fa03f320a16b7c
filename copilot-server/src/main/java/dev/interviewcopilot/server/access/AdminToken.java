package dev.interviewcopilot.server.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The first start's admin token. When no token was ever issued, one admin token is issued and written to a file
 * only its owner can read ({@code rw-------}): the way in for whoever installed the service. It is written once;
 * later starts leave the file alone, and more tokens come from {@code copilot token create}.
 */
public final class AdminToken {
    static final String SUBJECT = "admin";

    private AdminToken() {}

    /**
     * Issues and writes the admin token if no token exists yet. Of several instances starting together on one
     * empty database, one issues it (and writes its file); the others find a token and leave theirs alone.
     *
     * @return the file written, or empty when tokens already existed
     * @throws UncheckedIOException if the file cannot be written (and then the token is withdrawn)
     */
    public static Optional<Path> ensure(ApiTokens tokens, Path file) {
        if (tokens.anyIssued()) {
            return Optional.empty();
        }
        Optional<ApiTokens.Issued> issued =
                tokens.issueFirst(SUBJECT, Role.ADMIN, Optional.of("created on first start"));
        if (issued.isEmpty()) {
            return Optional.empty();
        }
        try {
            write(file, issued.get().secret());
        } catch (UncheckedIOException e) {
            tokens.withdraw(issued.get().token().id());
            throw e;
        }
        return Optional.of(file);
    }

    /** Writes the secret through a private temporary file moved into place, so no reader ever sees a partial one. */
    private static void write(Path file, String secret) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = privateFile(dir);
            try {
                Files.writeString(temporary, secret + "\n", StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin token to " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path privateFile(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(
                    dir,
                    ".admin-token",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        // No POSIX permissions (Windows): the file inherits the data directory's access list.
        return Files.createTempFile(dir, ".admin-token", ".tmp");
    }
}
