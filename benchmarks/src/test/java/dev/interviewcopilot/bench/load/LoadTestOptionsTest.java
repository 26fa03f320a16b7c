package dev.interviewcopilot.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadTestOptionsTest {
    @Test
    void should_run_on_sqlite_alone_by_default() {
        assertThat(LoadTest.parse(List.of("--quick"), Optional.of("pw")))
                .contains(new LoadTest.Options(true, Map.of()));
    }

    @Test
    void should_add_a_postgresql_phase_with_the_password_from_the_environment() {
        LoadTest.Options options = LoadTest.parse(
                        List.of("--postgres", "jdbc:postgresql://127.0.0.1:5432/load", "--postgres-user", "copilot"),
                        Optional.of("pw"))
                .orElseThrow();

        assertThat(options.quick()).isFalse();
        assertThat(options.postgres())
                .containsEntry("COPILOT_STORE_KIND", "postgresql")
                .containsEntry("COPILOT_STORE_URL", "jdbc:postgresql://127.0.0.1:5432/load")
                .containsEntry("COPILOT_STORE_USER", "copilot")
                .containsEntry("COPILOT_STORE_PASSWORD", "pw");
    }

    @Test
    void should_refuse_unknown_or_incomplete_arguments() {
        assertThat(LoadTest.parse(List.of("--postgres"), Optional.empty())).isEmpty();
        assertThat(LoadTest.parse(List.of("--postgres-user", "copilot"), Optional.empty()))
                .isEmpty();
        assertThat(LoadTest.parse(List.of("--fast"), Optional.empty())).isEmpty();
    }
}
