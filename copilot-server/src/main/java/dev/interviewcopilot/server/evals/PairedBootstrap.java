package dev.interviewcopilot.server.evals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The paired bootstrap: resample the cases (with replacement) many times, take the mean per-case difference each
 * time, and read the confidence interval off the percentiles. Pairing by case removes the variance of case
 * difficulty, which dominates small suites. Seeded, so a comparison is reproducible.
 */
public final class PairedBootstrap {
    static final int RESAMPLES = 10_000;
    private static final long SEED = 20261122L;

    private PairedBootstrap() {}

    /**
     * The mean difference and its interval.
     *
     * @param mean mean of B minus A over the paired cases
     * @param low lower bound of the interval
     * @param high upper bound
     * @param n the number of paired cases
     */
    public record Interval(double mean, double low, double high, int n) {}

    /** The {@code confidence} (e.g. 0.95) interval of the mean of {@code differences}. */
    public static Interval of(List<Double> differences, double confidence) {
        int n = differences.size();
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] d = differences.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = Arrays.stream(d).average().orElse(0);
        SplittableRandom random = new SplittableRandom(SEED);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += d[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        double tail = (1 - confidence) / 2;
        int lo = (int) Math.floor(tail * (RESAMPLES - 1));
        int hi = (int) Math.ceil((1 - tail) * (RESAMPLES - 1));
        return new Interval(mean, means[lo], means[hi], n);
    }
}
