package dev.interviewcopilot.eval.suite;

import java.util.Locale;

/**
 * A gate on a suite's aggregate metric: {@code ">= 0.8"} or {@code "<= 0.05"}.
 *
 * @param metric the metric name, such as {@code pass-rate} or {@code hybrid.ndcg@10}
 * @param atLeast whether the metric must be at least the bound (else at most)
 * @param bound the bound
 */
public record Threshold(String metric, boolean atLeast, double bound) {

    /** Whether a measured value passes. */
    public boolean passes(double value) {
        return atLeast ? value >= bound - 1e-12 : value <= bound + 1e-12;
    }

    @Override
    public String toString() {
        return metric + (atLeast ? " >= " : " <= ") + String.format(Locale.ROOT, "%.3f", bound);
    }
}
