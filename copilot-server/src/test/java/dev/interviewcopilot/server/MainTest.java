package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.logging.ShutdownSafeLogManager;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void should_name_the_shutdown_safe_log_manager_exactly() throws Exception {
        Field manager = Main.class.getDeclaredField("LOG_MANAGER");
        manager.setAccessible(true);

        assertThat(manager.get(null)).isEqualTo(ShutdownSafeLogManager.class.getName());
    }
}
