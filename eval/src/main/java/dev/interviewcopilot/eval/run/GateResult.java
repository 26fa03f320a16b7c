package dev.interviewcopilot.eval.run;

/**
 * A suite threshold checked against a run.
 *
 * @param gate the threshold, as written ({@code pass-rate >= 0.950})
 * @param value the run's value of the metric; NaN when the run has no such metric
 * @param passed whether it held
 */
public record GateResult(String gate, double value, boolean passed) {}
