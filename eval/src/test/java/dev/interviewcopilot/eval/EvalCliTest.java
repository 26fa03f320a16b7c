package dev.interviewcopilot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path root;

    private Path suites;

    @org.junit.jupiter.api.BeforeEach
    void suitesDirectory() throws IOException {
        suites = Files.createDirectories(root.resolve("eval").resolve("suites"));
    }

    @Test
    void should_list_suites_with_their_case_counts() throws IOException {
        Files.writeString(suites.resolve("probes.yaml"), """
                description: Follow-up probes aim at planted gaps
                tests:
                  - vars: {answer: a}
                  - vars: {answer: b}
                """);

        int status = run("list");

        assertThat(status).isZero();
        assertThat(text(out)).contains("probes.yaml").contains("2 cases").contains("planted gaps");
    }

    @Test
    void should_say_when_there_are_no_suites() {
        assertThat(run("list")).isZero();
        assertThat(text(out)).startsWith("no suites in");
    }

    @Test
    void should_fail_on_a_suite_that_is_not_yaml() throws IOException {
        Files.writeString(suites.resolve("broken.yaml"), "tests: [unclosed\n");

        assertThat(run("list")).isEqualTo(1);
        assertThat(text(err)).contains("broken.yaml").contains("not valid YAML");
    }

    @Test
    void should_reject_an_unknown_command_with_usage() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(text(err)).contains("unknown command 'frobnicate'").contains("usage: eval");
    }

    private int run(String... args) {
        return EvalCli.run(
                args,
                root,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
