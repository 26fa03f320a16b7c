package dev.interviewcopilot.eval.run;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.suite.Case;
import dev.interviewcopilot.eval.suite.Suite;
import dev.interviewcopilot.eval.suite.Threshold;
import dev.interviewcopilot.eval.targets.Target;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a suite's cases on a bounded pool of workers, drawing a progress bar, then aggregates: {@code pass-rate}, the
 * mean of each case metric, and the suite's gates. A case that throws is a failed case with its error, not a failed
 * run.
 */
public final class Runner {
    private static final int BAR = 30;

    private final int workers;
    private final PrintStream progress;
    private final boolean interactive;
    private final Clock clock;
    private int done;

    /**
     * @param workers cases run at once
     * @param progress where the progress bar goes (standard error, so reports on standard output stay clean)
     * @param interactive whether {@code progress} is a terminal: the bar redraws in place; otherwise (CI logs) it
     *     prints a line at each quarter
     */
    public Runner(int workers, PrintStream progress, boolean interactive, Clock clock) {
        this.workers = workers;
        this.progress = progress;
        this.interactive = interactive;
        this.clock = clock;
    }

    public RunResult run(Suite suite, Target target, String engine) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        synchronized (this) {
            done = 0;
        }
        List<CaseResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<CaseResult>> futures = new ArrayList<>();
            for (Case c : suite.cases()) {
                futures.add(pool.submit(() -> {
                    CaseResult result = safely(target, c);
                    draw(suite.id(), suite.cases().size());
                    return result;
                }));
            }
            for (Future<CaseResult> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + suite.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed running " + suite.id(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (interactive) {
            progress.println();
        }
        Map<String, Double> metrics = aggregate(results);
        List<GateResult> gates = new ArrayList<>();
        for (Threshold threshold : suite.thresholds()) {
            Double value = metrics.get(threshold.metric());
            gates.add(new GateResult(
                    threshold.toString(),
                    value == null ? Double.NaN : value,
                    value != null && threshold.passes(value)));
        }
        return new RunResult(
                suite.id(),
                suite.version(),
                suite.description(),
                suite.target(),
                engine,
                started,
                (System.nanoTime() - t0) / 1_000_000,
                metrics,
                gates,
                gates.stream().allMatch(GateResult::passed),
                results);
    }

    /** {@code pass-rate}, then the mean of each case metric over the cases that report it, by name. */
    static Map<String, Double> aggregate(List<CaseResult> results) {
        Map<String, double[]> sums = new TreeMap<>();
        for (CaseResult r : results) {
            r.metrics().forEach((name, value) -> {
                double[] sum = sums.computeIfAbsent(name, n -> new double[2]);
                sum[0] += value;
                sum[1]++;
            });
        }
        Map<String, Double> metrics = new TreeMap<>();
        long passed = results.stream().filter(CaseResult::passed).count();
        metrics.put("pass-rate", results.isEmpty() ? 0 : (double) passed / results.size());
        sums.forEach((name, sum) -> metrics.put(name, sum[0] / sum[1]));
        return metrics;
    }

    private static CaseResult safely(Target target, Case c) {
        long t0 = System.nanoTime();
        try {
            return target.run(c);
        } catch (RuntimeException e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            return new CaseResult(
                    c.id(),
                    c.description(),
                    false,
                    List.of(new CheckResult("run", false, why)),
                    Map.of(),
                    NullNode.getInstance(),
                    (System.nanoTime() - t0) / 1_000_000,
                    Optional.of(why));
        }
    }

    private synchronized void draw(String suite, int total) {
        done++;
        int filled = done * BAR / total;
        String bar = suite + " [" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + done + "/" + total;
        if (interactive) {
            progress.print("\r" + bar);
            progress.flush();
        } else if (done * 4 / total != (done - 1) * 4 / total) {
            progress.println(bar);
        }
    }
}
