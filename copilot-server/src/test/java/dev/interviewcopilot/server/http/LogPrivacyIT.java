package dev.interviewcopilot.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.logging.LogFormat;
import dev.interviewcopilot.server.logging.LogSetup;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What candidates and interviewers type must never reach the logs: requests carrying a canary in the query, the
 * path, a header and a body leave an access line, but no trace of the canary, even at the most verbose level.
 */
class LogPrivacyIT {
    private static final String CANARY = "CanaryZebra4417";

    private final TestServer server = TestServer.shared();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            lines.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureEverything() {
        // The most verbose set-up an operator can choose.
        LogSetup.configure(LogFormat.PLAIN, Level.ALL);
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void restore() {
        Logger.getLogger("").removeHandler(capture);
        LogSetup.configure(LogFormat.PLAIN, Level.INFO);
    }

    @Test
    void should_log_the_request_but_never_its_text() {
        server.get("/v1/questions?q=candidate+said+" + CANARY + "&limit=2");
        server.get("/v1/questions?q=" + CANARY + "&limit=999");
        server.get("/v1/questions/" + CANARY);
        server.send(HttpRequest.newBuilder(server.uri("/v1/questions"))
                .header("X-Candidate-Note", CANARY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"transcript\":\"" + CANARY + "\"}"))
                .build());

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("GET /v1/questions 200"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(CANARY));
    }

    @Test
    void should_not_log_the_query_string_of_a_request_uri() {
        server.send(HttpRequest.newBuilder(URI.create(server.uri("/v1/competencies") + "?secret=" + CANARY))
                .build());

        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(CANARY));
    }
}
