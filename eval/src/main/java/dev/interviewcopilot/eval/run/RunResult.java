package dev.interviewcopilot.eval.run;

import dev.interviewcopilot.eval.check.CaseResult;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of one suite: every case's result, the aggregate metrics and the gates.
 *
 * @param suite the suite id
 * @param version the suite version
 * @param description the suite's description
 * @param target the suite's target
 * @param engine {@code offline}, {@code replay} or {@code live}
 * @param startedAt when the run began
 * @param millis how long it took
 * @param metrics {@code pass-rate} and the mean of every case metric, by name
 * @param gates the suite's thresholds against this run
 * @param passed whether every gate held
 * @param cases every case, in suite order
 */
public record RunResult(
        String suite,
        int version,
        String description,
        String target,
        String engine,
        Instant startedAt,
        long millis,
        Map<String, Double> metrics,
        List<GateResult> gates,
        boolean passed,
        List<CaseResult> cases) {
    public RunResult {
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
        gates = List.copyOf(gates);
        cases = List.copyOf(cases);
    }
}
