package dev.interviewcopilot.eval.targets;

import dev.interviewcopilot.server.assist.Engine;
import dev.interviewcopilot.server.assist.Provenance;
import dev.interviewcopilot.server.llm.FallbackReason;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which engine produced a case's results, and whether the model's replies held to their output schema. A replay or
 * live run whose cases fell back to the offline engine is measuring the offline engine, and its report must say
 * so. Metrics, each a share of the case's results: {@code model-answered} (the model produced it),
 * {@code schema-failed} (the model replied, but its reply failed the prompt's output schema or the caller's checks
 * twice, so the offline engine answered), {@code repaired} (the model's reply needed its one repair round).
 */
final class Answered {
    private Answered() {}

    static void record(Map<String, Double> metrics, Provenance... provenances) {
        List<Provenance> all = List.of(provenances);
        metrics.put("model-answered", share(all, p -> p.engine() == Engine.LLM));
        metrics.put(
                "schema-failed",
                share(
                        all,
                        p -> p.fallbackReason()
                                .filter(r -> r == FallbackReason.INVALID_OUTPUT)
                                .isPresent()));
        metrics.put("repaired", share(all, Provenance::repaired));
    }

    private static double share(List<Provenance> all, Predicate<Provenance> which) {
        return all.stream().filter(which).count() / (double) all.size();
    }
}
