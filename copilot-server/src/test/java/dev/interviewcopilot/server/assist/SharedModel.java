package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.llm.MiniLmEmbedder;

/** The real embedding model, loaded once per test JVM for the offline-engine tests. */
final class SharedModel {
    private static MiniLmEmbedder embedder;

    private SharedModel() {}

    static synchronized MiniLmEmbedder embedder() {
        if (embedder == null) {
            embedder = MiniLmEmbedder.create(2);
            Runtime.getRuntime().addShutdownHook(new Thread(embedder::close));
        }
        return embedder;
    }
}
