package dev.interviewcopilot.server.logging;

import java.util.logging.LogManager;

/**
 * A LogManager that ignores the reset java.util.logging performs in its own shutdown hook, which races with the
 * service's hook and would swallow the lines logged while the server stops. {@link LogSetup} resets it on purpose
 * at configuration and, last of all, when shutdown is complete. {@code Main} installs it by setting the
 * {@code java.util.logging.manager} system property to this class's name before anything logs: loading this class,
 * or any logger, first would fix the manager too early.
 */
public final class ShutdownSafeLogManager extends LogManager {

    @Override
    public void reset() {
        // Ignored: see resetNow().
    }

    /** Really resets: removes and closes every handler. */
    void resetNow() {
        super.reset();
    }
}
