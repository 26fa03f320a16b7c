package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running instance: requests get a 503 problem with Retry-After, not a 500,
 * readiness says so (so the load balancer stops routing here), and both recover when it comes back.
 */
class StoreOutageIT {
    @Test
    void should_answer_503_and_report_not_ready_while_the_database_is_down_then_recover() {
        TestPostgres postgres = TestPostgres.dedicated();
        TestServer server = TestServer.started(postgres.newDatabase().config());
        try {
            assertThat(server.get("/v1/interviews").statusCode()).isEqualTo(200);
            assertThat(server.get("/observe/health/ready").statusCode()).isEqualTo(200);

            postgres.crash();
            HttpResponse<String> down = server.get("/v1/interviews");
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).contains("5");
            assertThat(down.body()).contains("store-unavailable").doesNotContain("jdbc:", "127.0.0.1");
            HttpResponse<String> notReady = server.get("/observe/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("unreachable").doesNotContain("jdbc:");

            postgres.start();
            assertThat(server.get("/v1/interviews").statusCode()).isEqualTo(200);
            assertThat(server.get("/observe/health/ready").statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }
}
