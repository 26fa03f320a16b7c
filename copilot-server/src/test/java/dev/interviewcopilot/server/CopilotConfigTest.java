package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcopilot.server.logging.LogFormat;
import io.helidon.config.Config;
import io.helidon.config.EnvironmentVariables;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class CopilotConfigTest {

    @Test
    void should_read_the_bundled_defaults() {
        CopilotConfig config = CopilotConfig.from(configWith(Map.of()));

        assertThat(config.bankDir()).isEqualTo(Path.of("question-bank"));
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.logFormat()).isEqualTo(LogFormat.PLAIN);
        assertThat(config.logLevel()).isEqualTo(Level.INFO);
        assertThat(config.accessLog()).isTrue();
        assertThat(config.limits().defaultLimit()).isEqualTo(10);
        assertThat(config.limits().maxLimit()).isEqualTo(50);
        assertThat(config.search().rrfK()).isEqualTo(60);
        assertThat(config.embeddingThreads()).isEqualTo(2);
    }

    @Test
    void should_let_environment_variables_override_nested_keys() {
        Map<String, String> env = EnvironmentVariables.expand(Map.of(
                "COPILOT_BANK_DIR", "/srv/bank",
                "COPILOT_SEARCH_LIMIT_MAX", "20",
                "COPILOT_LOG_FORMAT", "json"));

        CopilotConfig config = CopilotConfig.from(configWith(env));

        assertThat(config.bankDir()).isEqualTo(Path.of("/srv/bank"));
        assertThat(config.limits().maxLimit()).isEqualTo(20);
        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
    }

    @Test
    void should_name_the_key_and_its_environment_variable_when_a_value_is_bad() {
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of("copilot.search.rrf.k", "many"))))
                .isInstanceOf(CopilotConfig.InvalidConfigException.class)
                .hasMessageContaining("copilot.search.rrf.k")
                .hasMessageContaining("COPILOT_SEARCH_RRF_K")
                .hasMessageContaining("'many'");
    }

    @Test
    void should_reject_a_default_limit_above_the_maximum() {
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of("copilot.search.limit.default", "80"))))
                .hasMessageContaining("copilot.search.limit.max");
    }

    @Test
    void should_reject_an_unknown_log_format() {
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of("copilot.log.format", "xml"))))
                .hasMessageContaining("plain or json");
    }

    @Test
    void should_map_hyphenated_keys_to_helidon_env_names() {
        assertThat(CopilotConfig.envName("server.max-payload-size")).isEqualTo("SERVER_MAX_dash_PAYLOAD_dash_SIZE");
        assertThat(CopilotConfig.envName("copilot.bank.dir")).isEqualTo("COPILOT_BANK_DIR");
    }

    private static Config configWith(Map<String, String> values) {
        return TestServer.defaultsWith(values);
    }
}
