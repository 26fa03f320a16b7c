package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcopilot.server.llm.PromptValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up refuses prompts it cannot trust, naming the file, before loading anything slow. */
class AppStartTest {

    @Test
    void should_stop_on_an_edited_locked_prompt_naming_the_file(@TempDir Path tmp) throws IOException {
        Path prompts = TestBank.copyTree(TestBank.promptsDir(), tmp.resolve("prompts"));
        Path probes = prompts.resolve("probes/v1.prompt.md");
        Files.writeString(probes, Files.readString(probes).replace("at most three", "at most five"));

        assertThatThrownBy(() -> App.start(
                        CopilotConfig.from(TestServer.config(Map.of("copilot.prompts.dir", prompts.toString())))))
                .isInstanceOf(PromptValidationException.class)
                .hasMessageContaining("probes")
                .hasMessageContaining("v1.prompt.md");
    }

    @Test
    void should_stop_when_configuration_pins_a_prompt_version_that_does_not_exist() {
        assertThatThrownBy(() -> App.start(CopilotConfig.from(TestServer.config(Map.of("copilot.prompts.notes", "7")))))
                .isInstanceOf(PromptValidationException.class)
                .hasMessageContaining("notes@7")
                .hasMessageContaining("v7.prompt.md");
    }
}
