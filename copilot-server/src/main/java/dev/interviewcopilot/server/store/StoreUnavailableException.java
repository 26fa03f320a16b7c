package dev.interviewcopilot.server.store;

/**
 * The database cannot be reached (down, restarting, the network between): the work was not done, or, if the
 * connection broke during its commit, not confirmed; the same request may succeed in a moment. The API answers 503 with Retry-After, and readiness takes the instance out of
 * the load balancer's rotation until the database answers again.
 */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
