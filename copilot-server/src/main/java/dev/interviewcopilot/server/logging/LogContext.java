package dev.interviewcopilot.server.logging;

import java.util.Optional;

/**
 * The request id of the work running on the current thread, for log lines. Its own thread-local rather than
 * Helidon's MDC: formatters run inside arbitrary log calls, including those Helidon makes while initialising its
 * MDC, and must not depend on a class that may be half-initialised. Request handlers run on their own virtual
 * thread, so a thread-local is exactly a request's scope.
 */
public final class LogContext {
    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

    private LogContext() {}

    /** Marks the current thread as working on a request. */
    public static void requestId(String id) {
        REQUEST_ID.set(id);
    }

    /** Ends the current thread's request. */
    public static void clear() {
        REQUEST_ID.remove();
    }

    /** The current thread's request id, if it works on a request. */
    public static Optional<String> requestId() {
        return Optional.ofNullable(REQUEST_ID.get());
    }
}
