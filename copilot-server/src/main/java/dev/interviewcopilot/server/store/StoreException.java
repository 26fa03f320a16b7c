package dev.interviewcopilot.server.store;

/** The database failed: a bug, a full disk or a corrupt file, never the client's fault. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
