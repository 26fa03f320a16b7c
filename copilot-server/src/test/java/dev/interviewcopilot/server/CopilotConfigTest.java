package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcopilot.server.llm.CacheMode;
import dev.interviewcopilot.server.llm.GuardSettings;
import dev.interviewcopilot.server.llm.Provider;
import dev.interviewcopilot.server.logging.LogFormat;
import dev.interviewcopilot.server.store.Dialect;
import io.helidon.config.Config;
import io.helidon.config.EnvironmentVariables;
import java.nio.file.Path;
import java.time.Duration;
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
    void should_keep_records_in_sqlite_by_default_and_require_a_url_for_postgresql() {
        assertThat(CopilotConfig.from(configWith(Map.of())).store().dialect()).isEqualTo(Dialect.SQLITE);
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of("copilot.store.kind", "postgresql"))))
                .hasMessageContaining("copilot.store.url (env COPILOT_STORE_URL)")
                .hasMessageContaining("required");
        assertThatThrownBy(() -> CopilotConfig.from(configWith(
                        Map.of("copilot.store.kind", "postgresql", "copilot.store.url", "postgres://db/copilot"))))
                .hasMessageContaining("not a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of("copilot.store.kind", "mysql"))))
                .hasMessageContaining("'mysql' is not sqlite or postgresql");

        CopilotConfig postgres = CopilotConfig.from(configWith(Map.of(
                "copilot.store.kind", "postgresql",
                "copilot.store.url", "jdbc:postgresql://db:5432/copilot",
                "copilot.store.password", "s3cret")));
        assertThat(postgres.store().dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(postgres.store().toString()).doesNotContain("s3cret");
    }

    @Test
    void should_read_reverse_proxies_by_address_and_refuse_a_host_name() {
        assertThat(CopilotConfig.from(configWith(Map.of("copilot.auth.proxies", "10.0.0.5, ::1")))
                        .auth()
                        .proxies())
                .containsExactlyInAnyOrder("10.0.0.5", "::1");
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of("copilot.auth.proxies", "nginx.internal"))))
                .hasMessageContaining("COPILOT_AUTH_PROXIES")
                .hasMessageContaining("not an IPv4 or IPv6 address");
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

    @Test
    void should_default_to_the_offline_engine_with_every_prompt_pinned_and_ratings_off() {
        CopilotConfig config = CopilotConfig.from(configWith(Map.of()));

        assertThat(config.model().settings().provider()).isEqualTo(Provider.OFFLINE);
        assertThat(config.model().cache()).isEqualTo(CacheMode.OFF);
        assertThat(config.model().pins()).containsOnlyKeys(CopilotConfig.PROMPT_IDS);
        assertThat(config.model().guard()).isEqualTo(GuardSettings.defaults());
        assertThat(config.aiSuggestedRatings()).isFalse();
    }

    @Test
    void should_configure_an_openai_compatible_endpoint_from_environment_variables() {
        Map<String, String> env = EnvironmentVariables.expand(Map.of(
                "COPILOT_MODEL_PROVIDER", "openai",
                "COPILOT_MODEL_URL", "http://127.0.0.1:8000/v1",
                "COPILOT_MODEL_NAME", "qwen2.5-7b-instruct",
                "COPILOT_MODEL_KEY", "sk-secret-value",
                "COPILOT_GUARD_TIMEOUT_LIVE", "800ms",
                "COPILOT_MODEL_CACHE", "replay"));

        CopilotConfig config = CopilotConfig.from(configWith(env));

        assertThat(config.model().settings().describe()).isEqualTo("openai/qwen2.5-7b-instruct");
        assertThat(config.model().settings().baseUrl()).isEqualTo("http://127.0.0.1:8000/v1");
        assertThat(config.model().settings().apiKey()).contains("sk-secret-value");
        assertThat(config.model().settings().toString()).doesNotContain("sk-secret-value");
        assertThat(config.model().guard().liveTimeout()).isEqualTo(Duration.ofMillis(800));
        assertThat(config.model().cache()).isEqualTo(CacheMode.REPLAY);
    }

    @Test
    void should_default_the_url_of_openai_and_ollama() {
        assertThat(CopilotConfig.from(configWith(
                                Map.of("copilot.model.provider", "ollama", "copilot.model.name", "llama3.1")))
                        .model()
                        .settings()
                        .baseUrl())
                .isEqualTo("http://localhost:11434");
        assertThat(CopilotConfig.from(configWith(
                                Map.of("copilot.model.provider", "openai", "copilot.model.name", "gpt-4o-mini")))
                        .model()
                        .settings()
                        .baseUrl())
                .isEqualTo("https://api.openai.com/v1");
    }

    @Test
    void should_name_what_a_provider_is_missing() {
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of("copilot.model.provider", "openai"))))
                .hasMessageContaining("copilot.model.name")
                .hasMessageContaining("COPILOT_MODEL_NAME");
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of(
                        "copilot.model.provider", "azure",
                        "copilot.model.name", "gpt4o",
                        "copilot.model.url", "https://example.openai.azure.com/openai/deployments/gpt4o",
                        "copilot.model.key", "k"))))
                .hasMessageContaining("copilot.model.version");
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of(
                        "copilot.model.provider",
                        "ollama",
                        "copilot.model.name",
                        "x",
                        "copilot.model.url",
                        "localhost:11434"))))
                .hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of("copilot.model.provider", "claude"))))
                .hasMessageContaining("offline, openai, azure or ollama");
    }

    @Test
    void should_reject_durations_without_a_unit_or_out_of_range() {
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of("copilot.guard.timeout.live", "4000"))))
                .hasMessageContaining("copilot.guard.timeout.live")
                .hasMessageContaining("such as 800ms");
        assertThatThrownBy(() -> CopilotConfig.from(configWith(Map.of("copilot.guard.timeout.live", "10m"))))
                .hasMessageContaining("from 50ms to 120s");
    }

    private static Config configWith(Map<String, String> values) {
        return TestServer.defaultsWith(values);
    }
}
