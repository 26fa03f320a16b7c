package dev.interviewcopilot.server;

import dev.interviewcopilot.server.bank.BankLoader;
import dev.interviewcopilot.server.bank.QuestionBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's real question bank, which the data tests and golden tests run over. */
public final class TestBank {
    private static QuestionBank loaded;

    private TestBank() {}

    /** The {@code question-bank} directory of this checkout (tests run from the module directory). */
    public static Path dir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("question-bank")) && Files.exists(p.resolve("pom.xml"))) {
                return p.resolve("question-bank");
            }
        }
        throw new IllegalStateException("no question-bank directory above " + here);
    }

    /** The real bank, loaded once per test JVM. */
    public static synchronized QuestionBank bank() {
        if (loaded == null) {
            loaded = BankLoader.create().load(dir());
        }
        return loaded;
    }

    /** The {@code prompts} directory of this checkout. */
    public static Path promptsDir() {
        return dir().resolveSibling("prompts");
    }

    /** Copies the real bank into a directory, so a test can break one file. */
    public static Path copyTo(Path target) {
        return copyTree(dir(), target);
    }

    /** Copies a directory tree. */
    public static Path copyTree(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
