package dev.interviewcopilot.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads every class of the service at start-up. Loading a class holds a lock in native code, which pins a virtual
 * thread to its carrier: the load test saw a request thread pinned for 44 ms loading a follow-up class on first
 * use. Loaded here, on the main thread, no request pays for it (about a hundred milliseconds, once).
 */
final class ClassPreload {
    private static final Logger LOG = Logger.getLogger(ClassPreload.class.getName());
    private static final String PACKAGE = "dev/interviewcopilot/server/";

    private ClassPreload() {}

    /** Loads (without initialising) every class under this package from where this class came from. */
    static int run() {
        long started = System.nanoTime();
        ClassLoader loader = ClassPreload.class.getClassLoader();
        int loaded = 0;
        for (String name : classNames()) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // an optional class whose dependency is absent: it is not used, so it need not be loaded
            }
        }
        int count = loaded;
        LOG.fine(() -> "preloaded " + count + " classes in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return loaded;
    }

    private static List<String> classNames() {
        try {
            Path source = Path.of(ClassPreload.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(source)) {
                return names(source);
            }
            try (FileSystem jar = FileSystems.newFileSystem(source, Map.of())) {
                return names(jar.getPath("/"));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.fine(() -> "no class preload: " + e.getMessage());
            return List.of();
        }
    }

    private static List<String> names(Path root) {
        Path base = root.resolve(PACKAGE);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(base)) {
            return files.map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".class")
                            && !p.endsWith("module-info.class")
                            && !p.endsWith("package-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
