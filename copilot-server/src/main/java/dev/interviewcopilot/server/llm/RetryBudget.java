package dev.interviewcopilot.server.llm;

/**
 * Caps retries at a share of calls, as Envoy's and Finagle's retry budgets do: every call deposits
 * {@code ratio} of a token, every retry spends a whole one. At a 50% failure rate with a ratio of 0.2, upstream
 * traffic stays near 1.2 times the calls instead of doubling. Thread-safe.
 */
final class RetryBudget {
    /** Unused credit is capped so a quiet hour does not buy a burst of retries. */
    private static final double MAX_BALANCE = 5;

    private final double ratio;
    private double balance;

    RetryBudget(double ratio) {
        this.ratio = ratio;
    }

    /** Called once per call, before its first attempt. */
    synchronized void deposit() {
        balance = Math.min(MAX_BALANCE, balance + ratio);
    }

    /** Whether a retry may happen now; spends a token if so. */
    synchronized boolean tryWithdraw() {
        if (balance >= 1) {
            balance -= 1;
            return true;
        }
        return false;
    }
}
