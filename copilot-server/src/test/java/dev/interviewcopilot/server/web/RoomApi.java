package dev.interviewcopilot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the room journeys set up through the HTTP API before the browser opens: an interview on the meeting-room
 * booking question, the calls that stand in for a speech-to-text tool, and the reads that check what the browser did.
 */
final class RoomApi {
    static final String BOOKING = "6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90";
    static final String QUESTION =
            "Two people book the same room for overlapping times at the same moment. How do you make sure only one"
                    + " booking wins?";
    static final String ANSWER = "I'd wrap the check and the insert in a transaction and lock the room row"
            + " with select for update, so only one booking for that room goes through at a time. The other request"
            + " waits and then sees the clash. Then we send back a 409 and show which booking is in the way so the"
            + " user can pick another time.";

    private final TestServer server;

    RoomApi(TestServer server) {
        this.server = server;
    }

    /** A new interview run by {@code interviewer} on the booking question alone; returns its id. */
    String interview(String interviewer) {
        return post(
                        "/v1/interviews",
                        Map.of(
                                "candidate", Map.of("name", "Ada Quartermaine", "email", "ada.q@example.org"),
                                "position", "Senior Backend Engineer",
                                "interviewer", interviewer,
                                "date", "2026-11-23",
                                "stage", "Technical screen",
                                "questions", List.of(BOOKING),
                                "scorecardTemplate", "behavioral-interview"))
                .path("id")
                .asText();
    }

    /** POSTs as the admin and expects 201. */
    JsonNode post(String path, Object body) {
        return post(path, body, server.admin());
    }

    /** POSTs with {@code token} and expects 201. */
    JsonNode post(String path, Object body, String token) {
        return send("POST", path, body, token, 201);
    }

    /** PUTs as the admin and expects 200. */
    JsonNode put(String path, Object body) {
        return send("PUT", path, body, server.admin(), 200);
    }

    /** Sends {@code body} as the admin and expects {@code expected}. */
    JsonNode send(String method, String path, Object body, int expected) {
        return send(method, path, body, server.admin(), expected);
    }

    private JsonNode send(String method, String path, Object body, String token, int expected) {
        try {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            method,
                            HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(body)))
                    .build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GETs as the admin and expects 200. */
    JsonNode get(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of the job descriptions under src/test/resources/jobs. */
    static String job(String name) {
        try (InputStream in = RoomApi.class.getResourceAsStream("/jobs/" + name + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
