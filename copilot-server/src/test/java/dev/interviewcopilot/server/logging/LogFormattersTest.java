package dev.interviewcopilot.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogFormattersTest {

    @AfterEach
    void clearMdc() {
        LogContext.clear();
    }

    @Test
    void should_write_one_json_object_per_line_with_the_request_id() throws Exception {
        LogContext.requestId("req-7");
        LogRecord record = new LogRecord(Level.WARNING, "index \"rebuilt\"");
        record.setLoggerName("dev.interviewcopilot.server.App");
        record.setThrown(new IllegalStateException("boom"));

        String line = new JsonLogFormatter().format(record);

        assertThat(line).endsWith(System.lineSeparator());
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("WARNING");
        assertThat(json.path("requestId").asText()).isEqualTo("req-7");
        assertThat(json.path("message").asText()).isEqualTo("index \"rebuilt\"");
        assertThat(json.path("error").path("type").asText()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void should_write_a_readable_plain_line_with_the_request_id() {
        LogContext.requestId("req-8");
        LogRecord record = new LogRecord(Level.INFO, "listening");
        record.setLoggerName("dev.interviewcopilot.server.Main");

        assertThat(new PlainLogFormatter().format(record)).contains("INFO [req-8] Main: listening");
    }

    @Test
    void should_parse_format_names_case_insensitively() {
        assertThat(LogFormat.named("Json")).hasValue(LogFormat.JSON);
        assertThat(LogFormat.named("xml")).isEmpty();
    }
}
