package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running instance: requests get a 503 problem with Retry-After, not a 500,
 * readiness says so (so the load balancer stops routing here), and both recover by themselves when it comes back.
 *
 * <p>Recovery is not instant: the connection pool retries connecting with a backoff that grows to 5 s during the
 * outage, so the first request after the database returns may still wait for that retry, or get one more 503
 * (which is what {@code Retry-After: 5} tells a client to expect). The test therefore does what a load balancer
 * does: it polls readiness until the instance is back, then expects the API to answer.
 */
class StoreOutageIT {
    /** Far beyond the pool's 5 s backoff and 5 s connection timeout, so only an instance that never recovers fails. */
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);

    @Test
    void should_answer_503_and_report_not_ready_while_the_database_is_down_then_recover() throws Exception {
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
            long back = System.nanoTime();
            Duration recovered = untilReady(server, back);
            System.out.printf("StoreOutageIT: ready again %d ms after the database was back%n", recovered.toMillis());
            assertThat(server.get("/v1/interviews").statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    /** Polls readiness every half second, as a load balancer's active check would, until it answers 200. */
    private static Duration untilReady(TestServer server, long since) throws InterruptedException {
        while (true) {
            HttpResponse<String> ready = server.get("/observe/health/ready");
            Duration waited = Duration.ofNanos(System.nanoTime() - since);
            if (ready.statusCode() == 200) {
                return waited;
            }
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            assertThat(waited)
                    .as("readiness still 503 after the database came back")
                    .isLessThan(RECOVERY_LIMIT);
            Thread.sleep(500);
        }
    }
}
