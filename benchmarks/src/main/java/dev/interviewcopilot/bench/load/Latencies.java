package dev.interviewcopilot.bench.load;

import java.util.Arrays;

/** Recorded durations in nanoseconds, with percentiles; safe to add to from many threads. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;
    private volatile long from = Long.MIN_VALUE;

    /** Ignores, from now on, operations that started before {@code nanoTime} (a warm-up). */
    void from(long nanoTime) {
        from = nanoTime;
    }

    /** Records an operation that took {@code nanos} and ends now. */
    synchronized void add(long nanos) {
        if (System.nanoTime() - nanos < from) {
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile (0-100) in milliseconds, nearest rank; NaN when empty. */
    synchronized double millis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }
}
