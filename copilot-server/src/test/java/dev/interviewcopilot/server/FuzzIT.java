package dev.interviewcopilot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.access.AccessPolicy;
import dev.interviewcopilot.server.store.Sha256;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sends thousands of malformed requests, mutated from a valid one, to every route: flipped and truncated bytes,
 * invalid UTF-8, wrong types and hostile values in each field, unknown fields, deep nesting, oversized values and
 * bodies, wrong content types, garbage ids and query parameters, damaged tokens. None may get a 5xx, and none that
 * is refused may change the database: after every 4xx the content of every table is the same as before. At the
 * end the database passes SQLite's integrity and foreign-key checks and every decision trail verifies. The seed is
 * printed; {@code -Dfuzz.seed=<n>} replays a run and {@code -Dfuzz.perRoute=<n>} makes it longer.
 */
class FuzzIT {
    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    private static final int PER_ROUTE = Integer.getInteger("fuzz.perRoute", 80);
    private static final Pattern ID = Pattern.compile("\\{[a-zA-Z]+}");
    private static final String[] HOSTILE_VALUES = {
        "null",
        "\"\"",
        "0",
        "-1",
        "1e999",
        "9223372036854775808",
        "true",
        "[]",
        "{}",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"\\u202e\\u0007bell\"",
        "\"" + "x".repeat(20_000) + "\"",
        "[" + "1,".repeat(5000) + "1]",
        "\"%s%n${jndi:ldap://x}\"",
        "\"<script>alert(1)</script>\"",
        "\"'; DROP TABLE interviews; --\"",
        "\"00000000-0000-0000-0000-000000000000\"",
        "\"2026-02-30\""
    };
    private static final String[] HOSTILE_SEGMENTS = {
        "..",
        "%2e%2e",
        "%00",
        "%FF%FE",
        "a".repeat(3000),
        "%F0%9F%92%A5",
        "null",
        "-1",
        "00000000-0000-0000-0000-00000000000g",
        "%252F",
        "%20"
    };
    private static final String[] HOSTILE_QUERIES = {
        "limit=-1",
        "limit=99999999999",
        "q=%FF%FE",
        "q=%00",
        "format=exe",
        "version=0",
        "version=abc",
        "after=s-1",
        "surprise=1",
        "q=" + "a".repeat(5000),
        "suite=../../etc",
        "a=%2e%2e%2f",
        "limit=1&limit=2"
    };

    private static TestServer server;
    private static RouteSamples samples;
    private static Connection database;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws SQLException {
        server = TestServer.started(Map.of());
        samples = RouteSamples.create(server);
        database = DriverManager.getConnection(
                "jdbc:sqlite:" + server.dataDir().resolve("copilot.db").toAbsolutePath());
    }

    @AfterAll
    static void stop() throws SQLException {
        database.close();
        server.stop();
    }

    /** A request: method, path with query, content type (or null), Authorization header value, body bytes. */
    private record Mutant(
            String kind, String method, String path, String contentType, String authorization, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return kind + ": " + method + " " + abbreviate(path) + " " + abbreviate(shown);
        }
    }

    @Test
    void should_answer_malformed_requests_to_every_route_without_a_5xx_or_a_refused_write() throws Exception {
        System.out.println("FuzzIT seed " + SEED + " (-Dfuzz.seed=" + SEED + " replays it)");
        Random random = new Random(SEED);
        String admin = "Bearer " + server.admin();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        int sent = 0;
        for (AccessPolicy.Route route : AccessPolicy.routes()) {
            String operation = route.method() + " " + route.template();
            RouteSamples.Sample sample = RouteSamples.SAMPLES.get(operation);
            for (int i = 0; i < PER_ROUTE; i++) {
                Map<String, String> vars = new LinkedHashMap<>(samples.values);
                vars.put("{self}", RouteSamples.RUNNER);
                vars.put("{freshCandidate}", "00000000-0000-4000-8000-000000000000");
                Mutant mutant = mutate(random, route.method(), sample, vars, admin);
                String before = fingerprint();
                HttpResponse<String> response;
                try {
                    response = send(mutant);
                } catch (java.io.IOException e) {
                    // The server may close the connection on a body over the limit; that is a refusal, not a failure.
                    response = null;
                }
                sent++;
                int status = response == null ? 0 : response.statusCode();
                byStatus.merge(String.valueOf(status), 1, Integer::sum);
                if (status >= 500) {
                    failures.add(operation + " " + status + " for " + mutant + ": " + abbreviate(response.body()));
                } else if (status >= 400 || status == 0) {
                    if (!fingerprint().equals(before)) {
                        failures.add(
                                operation + " refused with " + status + " but changed the database, for " + mutant);
                    }
                    if (response != null
                            && !response.headers()
                                    .firstValue("Content-Type")
                                    .orElse("")
                                    .startsWith("application/problem+json")) {
                        failures.add(operation + " " + status + " without a problem body, for " + mutant);
                    }
                }
            }
        }
        System.out.println("FuzzIT sent " + sent + " requests; statuses " + byStatus);

        assertThat(sent).isGreaterThanOrEqualTo(AccessPolicy.routes().size() * PER_ROUTE);
        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(byStatus.keySet())
                .as("the mutants reach the handlers, not only the parsers")
                .contains("200", "400");
        assertDatabaseIntactAndTrailsVerified();
    }

    private Mutant mutate(
            Random random, String method, RouteSamples.Sample sample, Map<String, String> vars, String admin) {
        String path = RouteSamples.expand(sample.path(), vars);
        String body = RouteSamples.expand(sample.body(), vars);
        int kinds = body == null ? 5 : 14;
        int kind = random.nextInt(kinds);
        return switch (kind) {
            case 0 ->
                new Mutant(
                        "garbage id",
                        method,
                        garbageSegment(random, sample.path(), vars),
                        json(body),
                        admin,
                        bytes(body));
            case 1 ->
                new Mutant(
                        "hostile query",
                        method,
                        withQuery(path, pick(random, HOSTILE_QUERIES)),
                        json(body),
                        admin,
                        bytes(body));
            case 2 -> new Mutant("damaged token", method, path, json(body), damage(random, admin), bytes(body));
            case 3 -> new Mutant("unexpected body", method, path, "application/json", admin, randomBytes(random, 64));
            case 4 ->
                new Mutant("wrong content type", method, path, "text/plain", admin, bytes(body == null ? "{}" : body));
            case 5 -> new Mutant("flipped bytes", method, path, json(body), admin, flip(random, bytes(body)));
            case 6 -> new Mutant("truncated", method, path, json(body), admin, truncate(random, bytes(body)));
            case 7 -> new Mutant("hostile value", method, path, json(body), admin, bytes(replaceValue(random, body)));
            case 8 ->
                new Mutant(
                        "unknown field",
                        method,
                        path,
                        json(body),
                        admin,
                        bytes(body.replaceFirst("\\{", "{\"zz" + random.nextInt(100) + "\": 1, ")));
            case 9 -> new Mutant("invalid UTF-8", method, path, json(body), admin, invalidUtf8(random, body));
            case 10 ->
                new Mutant(
                        "deep nesting",
                        method,
                        path,
                        json(body),
                        admin,
                        bytes("{\"a\":".repeat(200) + "1" + "}".repeat(200)));
            case 11 ->
                new Mutant("not an object", method, path, json(body), admin, bytes(pick(random, new String[] {
                    "[]", "1", "\"x\"", "null", "", " ", "{"
                })));
            case 12 ->
                new Mutant(
                        "oversized",
                        method,
                        path,
                        json(body),
                        admin,
                        bytes("{\"x\": \"" + "y".repeat(1_100_000) + "\"}"));
            default ->
                new Mutant(
                        "duplicate keys",
                        method,
                        path,
                        json(body),
                        admin,
                        bytes(body.replaceFirst("\\{", "{" + firstMember(body) + ", ")));
        };
    }

    private HttpResponse<String> send(Mutant mutant) throws java.io.IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(server.uri("/") + mutant.path().substring(1)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(
                        mutant.method(),
                        mutant.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(mutant.body()));
        if (mutant.contentType() != null) {
            request.header("Content-Type", mutant.contentType());
        }
        if (mutant.authorization() != null) {
            request.header("Authorization", mutant.authorization());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every table's rows, hashed: equal before and after a refused request, or something was written. */
    private static String fingerprint() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Statement s = database.createStatement();
                ResultSet tables =
                        s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String table : names) {
                try (Statement rows = database.createStatement();
                        ResultSet rs = rows.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
                    int columns = rs.getMetaData().getColumnCount();
                    all.append(table).append('\n');
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            all.append(rs.getString(c)).append('\u001f');
                        }
                        all.append('\n');
                    }
                } catch (SQLException e) {
                    // WITHOUT ROWID tables have no rowid; order them by their first column
                    try (Statement rows = database.createStatement();
                            ResultSet rs = rows.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int c = 1; c <= columns; c++) {
                                all.append(rs.getString(c)).append('\u001f');
                            }
                        }
                    }
                }
            }
        }
        return Sha256.hex(all.toString());
    }

    private void assertDatabaseIntactAndTrailsVerified() throws SQLException {
        try (Statement s = database.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).as("rows pointing at nothing").isFalse();
            }
            List<String> interviews = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id FROM interviews")) {
                while (rs.next()) {
                    interviews.add(rs.getString(1));
                }
            }
            assertThat(interviews).isNotEmpty();
            for (String id : interviews) {
                JsonNode trail = Responses.json(server.get("/v1/interviews/" + id + "/audit"));
                assertThat(trail.path("verification").path("valid").asBoolean())
                        .as("trail of " + id)
                        .isTrue();
            }
        }
    }

    private static String garbageSegment(Random random, String template, Map<String, String> vars) {
        Matcher m = ID.matcher(template);
        List<String> placeholders = new ArrayList<>();
        while (m.find()) {
            placeholders.add(m.group());
        }
        if (placeholders.isEmpty()) {
            return RouteSamples.expand(template, vars) + "/" + pick(random, HOSTILE_SEGMENTS);
        }
        String target = placeholders.get(random.nextInt(placeholders.size()));
        Map<String, String> garbled = new LinkedHashMap<>(vars);
        garbled.put(target, pick(random, HOSTILE_SEGMENTS));
        return RouteSamples.expand(template, garbled);
    }

    private static String withQuery(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    private static String damage(Random random, String authorization) {
        return switch (random.nextInt(4)) {
            case 0 -> authorization.substring(0, authorization.length() - 1);
            case 1 -> authorization + "A";
            case 2 -> "Bearer " + new StringBuilder(authorization.substring(7)).reverse();
            default -> "Bearer   ";
        };
    }

    private static String replaceValue(Random random, String body) {
        // A value: a string, number, literal, or the start of an array or object after a colon.
        Matcher values = Pattern.compile(":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null|\\[|\\{)")
                .matcher(body);
        List<int[]> spans = new ArrayList<>();
        while (values.find()) {
            spans.add(new int[] {values.start(1), values.end(1)});
        }
        if (spans.isEmpty()) {
            return body;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String value = body.substring(span[0], span[1]);
        String hostile = pick(random, HOSTILE_VALUES);
        if (value.equals("[") || value.equals("{")) {
            return body.substring(0, span[0]) + hostile + "," + "\"_\":" + body.substring(span[0]);
        }
        return body.substring(0, span[0]) + hostile + body.substring(span[1]);
    }

    private static String firstMember(String body) {
        Matcher m = Pattern.compile("\\{\\s*(\"[^\"]+\"\\s*:\\s*(\"[^\"]*\"|[^,}\\[{]+))")
                .matcher(body);
        return m.find() ? m.group(1) : "\"dup\": 1";
    }

    private static byte[] invalidUtf8(Random random, String body) {
        int quote = body.indexOf('"', body.indexOf(':') + 1);
        int at = quote < 0 ? body.length() / 2 : quote + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] raw = bytes(body);
        out.write(raw, 0, at);
        byte[][] bad = {
            {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88}
        };
        byte[] chosen = bad[random.nextInt(bad.length)];
        out.write(chosen, 0, chosen.length);
        out.write(raw, at, raw.length - at);
        return out.toByteArray();
    }

    private static byte[] flip(Random random, byte[] body) {
        byte[] copy = body.clone();
        int flips = 1 + random.nextInt(5);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(copy.length);
            copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
        }
        return copy;
    }

    private static byte[] truncate(Random random, byte[] body) {
        return java.util.Arrays.copyOf(body, random.nextInt(body.length));
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String json(String body) {
        return body == null ? null : "application/json";
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "... (" + text.length() + " chars)";
    }
}
