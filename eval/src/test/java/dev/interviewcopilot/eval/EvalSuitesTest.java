package dev.interviewcopilot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed suites on the offline engine: every gate passes and every number equals the committed baseline, so
 * a change that moves a metric or a case shows in review and is accepted only by rewriting the baseline on purpose
 * ({@code ./copilot eval run --baseline write}).
 */
class EvalSuitesTest {
    /** The repository root: tests run in the eval module's directory. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path reports;

    @Test
    void should_pass_every_gate_and_match_the_offline_baselines() {
        assertThat(Files.isDirectory(ROOT.resolve("question-bank")))
                .as("run from the eval module")
                .isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = EvalCli.run(
                new String[] {"run", "--engine", "offline", "--baseline", "check", "--out", reports.toString()},
                ROOT,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(report + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(report)
                .contains(
                        "retrieval v1 (offline): PASSED",
                        "protected-topics v2 (offline): PASSED",
                        "follow-up-probes v1 (offline): PASSED",
                        "note-drafting v1 (offline): PASSED",
                        "question-sets v1 (offline): PASSED",
                        "counterfactual-fairness v1 (offline): PASSED",
                        "pii-leakage v1 (offline): PASSED",
                        "prompt-injection v1 (offline): PASSED");
        assertThat(report).doesNotContain("DIFFERS", "MISSING");
    }
}
