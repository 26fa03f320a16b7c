package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> settings, String... args) {
        CopilotConfig config = CopilotConfig.from(TestServer.defaultsWith(settings));
        return new StoreCommand(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true))
                .run(config, List.of(args));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_need_a_postgresql_target_configured() {
        assertThat(run(Map.of("copilot.data.dir", dir.toString()), "migrate")).isEqualTo(2);
        assertThat(errors()).contains("the configured store is sqlite", "COPILOT_STORE_URL");
    }

    @Test
    void should_name_a_missing_source_file_without_creating_it() {
        Map<String, String> postgres = Map.of(
                "copilot.data.dir", dir.toString(),
                "copilot.store.kind", "postgresql",
                "copilot.store.url", "jdbc:postgresql://127.0.0.1:1/none");

        assertThat(run(postgres, "migrate", "--from", dir.resolve("nothing.db").toString()))
                .isEqualTo(1);
        assertThat(errors()).contains("no SQLite database at " + dir.resolve("nothing.db"));
        assertThat(Files.exists(dir.resolve("nothing.db"))).isFalse();
    }

    @Test
    void should_explain_its_usage() {
        assertThat(run(Map.of(), "copy")).isEqualTo(2);
        assertThat(errors()).contains("unknown store command 'copy'", "usage: copilot store migrate");
        assertThat(run(Map.of(), "migrate", "--to")).isEqualTo(2);
    }
}
