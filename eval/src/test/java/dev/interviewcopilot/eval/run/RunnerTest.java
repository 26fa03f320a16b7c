package dev.interviewcopilot.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.check.CheckResult;
import dev.interviewcopilot.eval.report.Baseline;
import dev.interviewcopilot.eval.report.Reports;
import dev.interviewcopilot.eval.suite.Case;
import dev.interviewcopilot.eval.suite.Check;
import dev.interviewcopilot.eval.suite.Suite;
import dev.interviewcopilot.eval.suite.Threshold;
import dev.interviewcopilot.eval.targets.Target;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runner aggregates, gates, survives a case that throws, and a baseline names what moved. */
class RunnerTest {
    /** Passes cases whose text is "ok", scores their length, and throws on "boom". */
    private static final Target FAKE = new Target() {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public Set<String> checkTypes() {
            return Set.of("ok");
        }

        @Override
        public Optional<String> problem(Check check) {
            return Optional.empty();
        }

        @Override
        public CaseResult run(Case c) {
            String text = c.vars().path("text").asText();
            if (text.equals("boom")) {
                throw new IllegalStateException("exploded");
            }
            boolean ok = text.equals("ok");
            return new CaseResult(
                    c.id(),
                    c.description(),
                    ok,
                    List.of(new CheckResult("ok", ok, ok ? "fine" : "not ok")),
                    Map.of("length", (double) text.length()),
                    JsonNodeFactory.instance.textNode(text),
                    0,
                    Optional.empty());
        }
    };

    private static Suite suite(List<String> texts, List<Threshold> thresholds) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            cases.add(new Case(
                    "c-" + i,
                    "case " + i,
                    JsonNodeFactory.instance.objectNode().put("text", texts.get(i)),
                    List.of(new Check("ok", JsonNodeFactory.instance.missingNode()))));
        }
        return new Suite("fake", 1, "a fake suite", "fake", thresholds, cases, Path.of("fake.yaml"));
    }

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private final Runner runner =
            new Runner(3, new PrintStream(progress, true, StandardCharsets.UTF_8), false, Clock.systemUTC());

    @Test
    void should_aggregate_gate_and_keep_going_when_a_case_throws() {
        Suite suite = suite(
                List.of("ok", "no", "boom", "ok"),
                List.of(new Threshold("pass-rate", true, 0.5), new Threshold("length", false, 2.0)));

        RunResult run = runner.run(suite, FAKE, "offline");

        assertThat(run.cases()).extracting(CaseResult::id).containsExactly("c-0", "c-1", "c-2", "c-3");
        assertThat(run.cases().get(2).error()).contains("IllegalStateException: exploded");
        assertThat(run.metrics()).containsEntry("pass-rate", 0.5).containsEntry("length", 2.0);
        assertThat(run.gates()).extracting(GateResult::passed).containsExactly(true, true);
        assertThat(run.passed()).isTrue();
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("fake [##############################] 4/4");
        assertThat(Reports.markdown(run)).contains("**PASSED**: 2 of 4", "| c-2 case 2 | **fail** | run: ");
    }

    @Test
    void should_fail_a_gate_and_show_it() {
        RunResult run =
                runner.run(suite(List.of("ok", "no"), List.of(new Threshold("pass-rate", true, 0.9))), FAKE, "offline");

        assertThat(run.passed()).isFalse();
        assertThat(Reports.markdown(run)).contains("| `pass-rate >= 0.900` | 0.500 | **FAIL** |");
    }

    @Test
    void should_name_every_metric_and_case_that_moved_from_the_baseline() {
        RunResult before = runner.run(suite(List.of("ok", "no"), List.of()), FAKE, "offline");
        RunResult after = runner.run(suite(List.of("ok", "ok"), List.of()), FAKE, "offline");
        Baseline baseline = Baseline.parse(Baseline.of(before).json());

        assertThat(baseline.differences(before)).isEmpty();
        assertThat(baseline.differences(after)).containsExactly("pass-rate: 0.500000 -> 1.000000", "c-1: fail -> pass");
    }
}
