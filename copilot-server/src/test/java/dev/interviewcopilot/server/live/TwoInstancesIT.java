package dev.interviewcopilot.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.ServerProcess;
import dev.interviewcopilot.server.TestNginx;
import dev.interviewcopilot.server.TestPostgres;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on one PostgreSQL database, each with its own data directory and search index, behave as one
 * service: a client with no load balancer sends each request to the other instance in turn, and everything a
 * single server guarantees still holds. Then the same through nginx, configured by the file the README points
 * to, until one instance stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {
    @TempDir
    static Path dirs;

    private static final List<ServerProcess> servers = new ArrayList<>();
    private static String admin;
    private static TestNginx nginx;

    @BeforeAll
    static void startTwoInstancesTogether() throws Exception {
        TestPostgres.Target database = TestPostgres.shared().newDatabase();
        // Both start at once on the empty database: both migrate it and both look for the first admin token.
        List<CompletableFuture<ServerProcess>> starting = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            Path data = Files.createDirectories(dirs.resolve(name));
            starting.add(CompletableFuture.supplyAsync(() -> ServerProcess.start(data, database.environment())));
        }
        for (CompletableFuture<ServerProcess> server : starting) {
            servers.add(server.get(240, TimeUnit.SECONDS));
        }
        List<Path> tokenFiles;
        try (Stream<Path> files = Stream.of(dirs.resolve("a"), dirs.resolve("b"))) {
            tokenFiles = files.map(d -> d.resolve("admin-token"))
                    .filter(Files::exists)
                    .toList();
        }
        assertThat(tokenFiles)
                .as("exactly one instance issued the first admin token")
                .hasSize(1);
        admin = Files.readString(tokenFiles.get(0)).strip();
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
        servers.forEach(ServerProcess::close);
        // A failure seen by the client is a stack trace in a server's log: show it with the test report.
        for (ServerProcess server : servers) {
            server.log().stream()
                    .filter(line -> line.contains("SEVERE") || line.startsWith("\tat ") || line.contains("Exception"))
                    .limit(80)
                    .forEach(System.out::println);
        }
    }

    /** A client that sends each request to the next instance, round robin. */
    private static Api alternating() {
        AtomicInteger next = new AtomicInteger();
        return new Api(
                path -> servers.get(next.getAndIncrement() % servers.size()).uri(path), admin);
    }

    /** A client of nginx in front of both instances, started on first use (skipped where nginx is missing). */
    private static synchronized Api throughNginx() {
        if (nginx == null) {
            nginx = TestNginx.inFrontOf(servers.get(0), servers.get(1));
        }
        return new Api(nginx::uri, admin);
    }

    private static Api on(int instance) {
        return new Api(path -> servers.get(instance).uri(path), admin);
    }

    @Test
    void should_carry_an_interview_from_creation_to_a_signed_scorecard_with_every_request_on_the_other_instance() {
        String[] ids = new Journey(alternating(), "offline").run();

        for (int instance = 0; instance < 2; instance++) {
            Api.Reply ready = on(instance).get("/observe/health/ready");
            assertThat(ready.status()).as(ready.text()).isEqualTo(200);
            assertThat(ready.text()).contains("\"store\"", "postgresql");
            JsonNode trail =
                    on(instance).get("/v1/interviews/" + ids[0] + "/audit").json();
            assertThat(trail.path("verification").path("valid").asBoolean())
                    .as("the trail read through instance %d", instance)
                    .isTrue();
        }
    }

    @Test
    void should_let_exactly_one_of_two_concurrent_scorecard_edits_from_two_instances_win() throws Exception {
        Api api = on(0);
        String base = "/v1/interviews/" + interview(api);
        int version = api.get(base + "/scorecard").json().path("version").asInt();
        for (int round = 0; round < 10; round++) {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Api.Reply>> edits = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                Api client = on(instance);
                String strengths = "Edit from instance " + instance + " in round " + round;
                int expected = version;
                edits.add(CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return client.put(
                            base + "/scorecard", Map.of("version", expected, "values", Map.of("strengths", strengths)));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Api.Reply> edit : edits) {
                statuses.add(edit.get(30, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
            version++;
            assertThat(on(round % 2)
                            .get(base + "/scorecard")
                            .json()
                            .path("version")
                            .asInt())
                    .isEqualTo(version);
        }
        assertThat(trailValid(on(1), base)).isTrue();
    }

    @Test
    void should_stream_to_a_client_on_one_instance_what_is_appended_through_the_other() throws Exception {
        String base = "/v1/interviews/" + interview(on(0));
        BlockingQueue<Api.Event> events = new LinkedBlockingQueue<>();

        try (Closeable stream = on(0).follow(base + "/transcript", Map.of(), events)) {
            for (int i = 1; i <= 3; i++) {
                Api.Reply appended = appendCandidate(on(1), base, "Point " + i + ".");
                assertThat(appended.status()).as(appended.text()).isEqualTo(201);
            }
            for (int i = 1; i <= 3; i++) {
                JsonNode segment = nextSegment(events);
                assertThat(segment.path("id").asText()).isEqualTo("s" + i);
                assertThat(segment.path("text").asText()).isEqualTo("Point " + i + ".");
            }
        }
    }

    @Test
    void should_stream_follow_up_probes_from_either_instance_for_an_answer_given_through_the_other() {
        String base = "/v1/interviews/" + interview(on(0));
        on(1).post(
                        base + "/transcript",
                        Map.of(
                                "segments",
                                List.of(
                                        Map.of("speaker", "interviewer", "text", Journey.QUESTION),
                                        Map.of("speaker", "candidate", "text", Journey.SHORT_ANSWER))));

        List<Api.Event> streamed = on(0).stream(base + "/follow-ups", Map.of());
        assertThat(streamed).extracting(Api.Event::name).contains("probe");
        List<String> probeIds = streamed.stream()
                .filter(e -> "probe".equals(e.name()))
                .map(e -> e.data().path("id").asText())
                .toList();
        assertThat(on(1).get(base + "/probes").json().findValuesAsText("id")).containsAll(probeIds);
    }

    @Test
    void should_version_a_question_set_edited_through_both_instances_and_refuse_a_stale_edit() throws Exception {
        String job;
        try (var in = TwoInstancesIT.class.getResourceAsStream("/jobs/senior-backend.md")) {
            job = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Api.Reply created = on(0).post("/v1/question-sets", Map.of("jobDescription", job));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String path = "/v1/question-sets/" + created.json().path("id").asText();
        String first = created.json().findValuesAsText("questionId").get(0);
        Map<String, Object> remove =
                Map.of("version", 1, "operations", List.of(Map.of("op", "remove", "questionId", first)));

        Api.Reply edited = on(1).patch(path, remove);
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(edited.json().path("version").asInt()).isEqualTo(2);
        assertThat(on(0).patch(path, remove).status())
                .as("the same edit of version 1, again")
                .isEqualTo(409);

        assertThat(on(0).get(path + "/versions").json().path("count").asInt()).isEqualTo(2);
        assertThat(trailValid(on(1), path)).isTrue();
    }

    @Test
    void should_erase_a_candidate_through_one_instance_leaving_a_verifiable_trail_on_the_other() {
        Api api = alternating();
        String[] ids = new Journey(api, "offline").run();

        Api.Reply erased = on(1).delete("/v1/candidates/" + ids[1]);
        assertThat(erased.status()).as(erased.text()).isEqualTo(200);

        String base = "/v1/interviews/" + ids[0];
        assertThat(on(0).get(base).json().path("candidate").path("erased").asBoolean())
                .isTrue();
        assertThat(on(0).get(base + "/transcript").json().path("count").asInt()).isZero();
        JsonNode trail = on(0).get(base + "/audit").json();
        assertThat(trail.path("verification").path("valid").asBoolean()).isTrue();
        assertThat(trail.path("verification").path("erased").asInt()).isPositive();
    }

    /** The README's nginx configuration passes each event on as it happens, and every request through. */
    @Test
    void should_pass_events_through_nginx_as_they_happen() throws Exception {
        Api api = throughNginx();
        String base = "/v1/interviews/" + interview(api);
        BlockingQueue<Api.Event> events = new LinkedBlockingQueue<>();

        try (Closeable stream = api.follow(base + "/transcript", Map.of(), events)) {
            for (int i = 1; i <= 3; i++) {
                long sent = System.nanoTime();
                Api.Reply appended = appendCandidate(api, base, "Step " + i + ".");
                assertThat(appended.status()).as(appended.text()).isEqualTo(201);
                assertThat(nextSegment(events).path("text").asText()).isEqualTo("Step " + i + ".");
                // Appends through the other instance reach the stream at its next store poll (1 s); a buffering
                // proxy would hold them until the stream ended (10 minutes).
                assertThat(Duration.ofNanos(System.nanoTime() - sent))
                        .as("segment %d through nginx", i)
                        .isLessThan(Duration.ofSeconds(5));
            }
        }
        List<Api.Event> streamed = api.stream(base + "/follow-ups", Map.of());
        assertThat(streamed.get(streamed.size() - 1).name()).isEqualTo("done");
        assertThat(nginx.errors()).noneMatch(line -> line.contains("[error]"));
    }

    /**
     * One instance goes away (a deploy, a crash): nginx sends what it cannot deliver to the other, and the service
     * carries on. Runs last: it stops an instance.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void should_carry_on_through_nginx_when_one_instance_stops() {
        Api api = throughNginx();
        String base = "/v1/interviews/" + interview(api);

        servers.get(1).kill();
        for (int i = 0; i < 6; i++) {
            Api.Reply appended = appendCandidate(api, base, "After the stop " + i);
            assertThat(appended.status()).as(appended.text()).isEqualTo(201);
            assertThat(api.get(base).status()).isEqualTo(200);
        }
        assertThat(api.get(base + "/transcript").json().path("count").asInt()).isEqualTo(6);
        assertThat(trailValid(api, base)).isTrue();
    }

    /** Whether the trail of an interview or question set verifies, read through the given client. */
    private static boolean trailValid(Api api, String resource) {
        return api.get(resource + "/audit")
                .json()
                .path("verification")
                .path("valid")
                .asBoolean();
    }

    private static Api.Reply appendCandidate(Api api, String base, String text) {
        return api.post(
                base + "/transcript", Map.of("segments", List.of(Map.of("speaker", "candidate", "text", text))));
    }

    private static String interview(Api api) {
        Api.Reply created = api.post(
                "/v1/interviews",
                Map.of(
                        "candidate", Map.of("name", "Sam Okafor", "email", "sam.okafor@example.org"),
                        "position", "Senior Backend Engineer",
                        "interviewer", Journey.INTERVIEWER,
                        "date", "2026-11-23",
                        "stage", "Technical screen",
                        "questions", List.of(Journey.BOOKING),
                        "scorecardTemplate", "behavioral-interview"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static JsonNode nextSegment(BlockingQueue<Api.Event> events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Api.Event event = events.poll(500, TimeUnit.MILLISECONDS);
            if (event != null && "segment".equals(event.name())) {
                return event.data();
            }
        }
        throw new AssertionError("no segment arrived within 10 s");
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
