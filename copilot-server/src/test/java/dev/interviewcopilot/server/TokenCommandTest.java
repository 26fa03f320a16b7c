package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {
    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        CopilotConfig config = CopilotConfig.from(TestServer.defaultsWith(Map.of("copilot.data.dir", data.toString())));
        return new TokenCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(config, List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_create_list_and_revoke_tokens() {
        assertThat(run("create", "--name", "Dana Reyes", "--role", "interviewer", "--label", "laptop"))
                .isZero();
        String secret = out().strip();
        assertThat(secret).startsWith("icp_").doesNotContain("\n");
        assertThat(err()).contains("Dana Reyes", "interviewer", "shown only now");

        assertThat(run("list")).isZero();
        assertThat(out())
                .contains("Dana Reyes (laptop)", "interviewer", "active")
                .doesNotContain(secret);
        String id = out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        assertThat(run("revoke", id)).isZero();
        assertThat(run("list")).isZero();
        assertThat(out()).contains("revoked");
        assertThat(run("revoke", id)).isEqualTo(1);
        assertThat(err()).contains("no active token");
    }

    @Test
    void should_explain_its_usage_when_arguments_are_wrong() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("create", "--name", "Dana")).isEqualTo(2);
        assertThat(err()).contains("--name and --role are required", "usage:");
        assertThat(run("create", "--name", "Dana", "--role", "boss")).isEqualTo(2);
        assertThat(err()).contains("admin, hiring-manager, interviewer, evaluator");
        assertThat(run("create", "--name", " ", "--role", "admin")).isEqualTo(2);
        assertThat(err()).contains("subject must not be blank");
        assertThat(run("create", "--name", "Dana", "--role", "admin", "--colour", "blue"))
                .isEqualTo(2);
        assertThat(run("create", "--name")).isEqualTo(2);
        assertThat(err()).contains("--name needs a value");
        assertThat(run("rotate")).isEqualTo(2);
        assertThat(run("list", "extra")).isEqualTo(2);
        assertThat(run("revoke")).isEqualTo(2);
        assertThat(out()).isEmpty();
    }
}
