package dev.interviewcopilot.eval.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * A versioned eval suite: cases for one target, and the gates a run must pass.
 *
 * @param id the suite's id (also its file name)
 * @param version bumped when cases change meaning; runs of different versions are not compared
 * @param description what it evaluates
 * @param target what the cases exercise: {@code retrieval}, {@code lint}, ...
 * @param thresholds gates on aggregate metrics; a run that misses one fails
 * @param cases the cases, in file order
 * @param file where it was read from
 */
public record Suite(
        String id,
        int version,
        String description,
        String target,
        List<Threshold> thresholds,
        List<Case> cases,
        Path file) {
    public Suite {
        thresholds = List.copyOf(thresholds);
        cases = List.copyOf(cases);
    }
}
