package dev.interviewcopilot.eval.targets;

import dev.interviewcopilot.server.assist.Engine;
import dev.interviewcopilot.server.assist.Provenance;
import java.util.Arrays;

/**
 * Which engine produced a case's results. A replay or live run whose cases fell back to the offline engine is
 * measuring the offline engine, and its report must say so: {@code model-answered} is the share of a case's
 * results the model produced.
 */
final class Answered {
    static final String METRIC = "model-answered";

    private Answered() {}

    static double byModel(Provenance... provenances) {
        return Arrays.stream(provenances).filter(p -> p.engine() == Engine.LLM).count() / (double) provenances.length;
    }
}
