package dev.interviewcopilot.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.ServerProcess;
import dev.interviewcopilot.server.audit.AuditRepository;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash harness: {@value #DEFAULT_RUNS} times (or {@code -Dcrash.runs=<n>}), starts a real server process on
 * the same data directory, puts it under a write load (transcript appends, note confirmations, scorecard saves,
 * submissions) from several threads, kills it with SIGKILL at a random moment, and then checks the database:
 * SQLite's integrity check, every write acknowledged in this or any earlier run still there, and every interview's
 * decision trail still verifying. Each run also proves the server starts again on what the last kill left.
 */
class CrashDurabilityIT {
    private static final int DEFAULT_RUNS = 100;
    private static final int RUNS = Integer.getInteger("crash.runs", DEFAULT_RUNS);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

    @TempDir
    Path data;

    /** Everything acknowledged so far, across runs. */
    private final Set<String> ackedSegments = ConcurrentHashMap.newKeySet();

    private final Set<String> ackedConfirmations = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> ackedVersions = new ConcurrentHashMap<>();
    private final Set<String> ackedSubmissions = ConcurrentHashMap.newKeySet();
    private final List<String> interviewIds = new ArrayList<>();

    @Test
    void should_keep_every_acknowledged_write_through_repeated_kill_9() throws Exception {
        System.out.println("crash harness: " + RUNS + " runs, seed " + SEED + " (-Dcrash.seed=" + SEED + ")");
        Random random = new Random(SEED);
        int total = 0;
        long started = System.nanoTime();
        for (int run = 1; run <= RUNS; run++) {
            ServerProcess server = ServerProcess.start(data, Map.of());
            try {
                int port = server.port();
                Path tokenFile = data.resolve("admin-token");
                if (run == 1) {
                    // The first start wrote the admin token beside the database, for its owner only.
                    assertThat(java.nio.file.Files.getPosixFilePermissions(tokenFile))
                            .containsExactlyInAnyOrder(
                                    java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
                }
                Api api = new Api(
                        path -> URI.create("http://127.0.0.1:" + port + path),
                        java.nio.file.Files.readString(tokenFile).strip());
                List<Interview> interviews = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Interview interview = prepare(api, run * 10 + i);
                    interviews.add(interview);
                    interviewIds.add(interview.id());
                }
                AtomicInteger acknowledged = new AtomicInteger();
                // A random moment of the load: sometimes mid-append, mid-save or mid-submission.
                long loadMillis = 150 + random.nextInt(1350);
                AtomicLong stopAt = new AtomicLong(
                        System.nanoTime() + Duration.ofMillis(loadMillis).toNanos());
                CountDownLatch done = new CountDownLatch(interviews.size());
                for (Interview interview : interviews) {
                    Thread.ofPlatform().start(() -> {
                        try {
                            load(api, interview, stopAt, acknowledged);
                        } finally {
                            done.countDown();
                        }
                    });
                }
                Thread.sleep(loadMillis);
                server.kill(); // SIGKILL on Linux: no shutdown hook, no final commit
                done.await(30, TimeUnit.SECONDS);
                total += acknowledged.get();
                assertThat(acknowledged.get())
                        .as("run %d: writes acknowledged before the kill", run)
                        .isPositive();
            } finally {
                server.kill();
            }
            verify(run);
        }
        System.out.printf(
                "crash harness: %d kills in %d s; %d acknowledged writes (%d segments, %d confirmations, %d"
                        + " scorecards, %d submitted), every one found after every kill%n",
                RUNS,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                total,
                ackedSegments.size(),
                ackedConfirmations.size(),
                ackedVersions.size(),
                ackedSubmissions.size());
    }

    /** The database after a kill: intact, holding every acknowledged write, every trail verifying. */
    private void verify(int run) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("copilot.db"))) {
            assertThat(single(c, "PRAGMA integrity_check")).as("run %d", run).isEqualTo("ok");
            for (String segment : ackedSegments) {
                String[] parts = segment.split("/");
                assertThat(count(
                                c,
                                "SELECT COUNT(*) FROM transcript_segments WHERE interview_id = ? AND seq = ?",
                                parts[0],
                                parts[1].substring(1)))
                        .as("run %d: acknowledged segment %s", run, segment)
                        .isEqualTo(1);
            }
            for (String note : ackedConfirmations) {
                assertThat(count(c, "SELECT COUNT(*) FROM notes WHERE id = ? AND status = 'confirmed'", note))
                        .as("run %d: acknowledged confirmation of %s", run, note)
                        .isEqualTo(1);
            }
            for (Map.Entry<String, Long> version : ackedVersions.entrySet()) {
                assertThat(count(c, "SELECT version FROM scorecards WHERE interview_id = ?", version.getKey()))
                        .as("run %d: scorecard of %s", run, version.getKey())
                        .isGreaterThanOrEqualTo(version.getValue());
            }
            for (String submitted : ackedSubmissions) {
                assertThat(count(
                                c,
                                "SELECT COUNT(*) FROM scorecards WHERE interview_id = ? AND status = 'submitted'"
                                        + " AND content_hash IS NOT NULL",
                                submitted))
                        .as("run %d: submitted scorecard of %s", run, submitted)
                        .isEqualTo(1);
            }
            AuditRepository audit = new AuditRepository(Clock.systemUTC());
            for (String id : interviewIds) {
                assertThat(audit.read(c, id).verification().valid())
                        .as("run %d: trail of %s", run, id)
                        .isTrue();
            }
        }
    }

    /** An interview with an answer on record and drafted notes to confirm. */
    record Interview(String id, List<String> notes) {}

    private static Interview prepare(Api api, int n) {
        JsonNode created = api.post(
                        "/v1/interviews",
                        Map.of(
                                "candidate",
                                        Map.of("name", "Crash Candidate " + n, "email", "crash" + n + "@example.org"),
                                "position", "Backend Engineer",
                                "interviewer", "Priya Natarajan",
                                "date", "2026-11-23",
                                "stage", "Technical screen",
                                "questions", List.of(Journey.BOOKING),
                                "scorecardTemplate", "behavioral-interview"))
                .json();
        String id = created.path("id").asText();
        api.post(
                "/v1/interviews/" + id + "/transcript",
                Map.of(
                        "segments",
                        List.of(
                                Map.of("speaker", "interviewer", "text", Journey.QUESTION),
                                Map.of("speaker", "candidate", "text", Journey.ANSWER))));
        JsonNode drafts =
                api.post("/v1/interviews/" + id + "/notes/drafts", Map.of()).json();
        List<String> notes = drafts.path("answers").get(0).path("notes").findValuesAsText("id").stream()
                .filter(v -> v.length() == 36)
                .distinct()
                .toList();
        return new Interview(id, notes);
    }

    /** Writes as fast as the server acknowledges, remembering what it acknowledged, until the server dies. */
    private void load(Api api, Interview interview, AtomicLong stopAt, AtomicInteger acknowledged) {
        String base = "/v1/interviews/" + interview.id();
        int round = 0;
        try {
            while (true) {
                round++;
                Api.Reply appended = api.post(
                        base + "/transcript",
                        Map.of(
                                "segments",
                                List.of(Map.of(
                                        "speaker",
                                        "candidate",
                                        "text",
                                        "And one more detail, number " + round + "."))));
                if (appended.status() == 201) {
                    ackedSegments.add(interview.id() + "/"
                            + appended.json().path("segments").get(0).path("id").asText());
                    acknowledged.incrementAndGet();
                }
                if (round <= interview.notes().size()) {
                    String note = interview.notes().get(round - 1);
                    if (api.patch(base + "/notes/" + note, Map.of("status", "confirmed"))
                                    .status()
                            == 200) {
                        ackedConfirmations.add(note);
                        acknowledged.incrementAndGet();
                    }
                }
                boolean finish = System.nanoTime()
                        > stopAt.get() - Duration.ofMillis(800).toNanos();
                if (!ackedSubmissions.contains(interview.id())) {
                    Api.Reply saved = api.put(
                            base + "/scorecard",
                            Map.of(
                                    "values",
                                    Map.of(
                                            "position", "Backend Engineer",
                                            "interviewer-name", "Priya Natarajan",
                                            "collaboration-evidence", "Round " + round,
                                            "collaboration-rating", 1 + round % 10,
                                            "ownership-evidence", "Owned it.",
                                            "ownership-rating", 1 + (round * 3) % 10,
                                            "recommendation", "Yes",
                                            "strengths", "Careful.")));
                    if (saved.status() == 200) {
                        ackedVersions.put(
                                interview.id(), saved.json().path("version").asLong());
                        acknowledged.incrementAndGet();
                    }
                    if (finish && Math.floorMod(interview.id().hashCode(), 2) == 0) {
                        Api.Reply submitted =
                                api.post(base + "/scorecard/submit", Map.of("signedBy", "Priya Natarajan"));
                        if (submitted.status() == 200) {
                            ackedSubmissions.add(interview.id());
                            acknowledged.incrementAndGet();
                        }
                    }
                }
            }
        } catch (RuntimeException serverGone) {
            // the kill: connections refused or reset from here on
        }
    }

    private static String single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Connection c, String sql, String... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }
}
