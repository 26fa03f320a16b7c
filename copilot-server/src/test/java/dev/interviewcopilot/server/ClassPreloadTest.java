package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassPreloadTest {
    @Test
    void should_load_the_service_classes_from_where_they_were_built() {
        assertThat(ClassPreload.run()).isGreaterThan(200);
    }
}
