package dev.interviewcopilot.server.questionset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewcopilot.server.Responses;
import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The question-set API over real HTTP, and the job descriptions written for these tests. */
final class SetApi {
    /** One per role family, plus a mixed full-stack one. */
    static final List<String> JOBS = List.of(
            "senior-backend",
            "frontend",
            "data-engineer",
            "sre",
            "mobile",
            "ml-engineer",
            "engineering-manager",
            "full-stack");

    private final TestServer server;

    SetApi(TestServer server) {
        this.server = server;
    }

    static String job(String name) {
        try (InputStream in = SetApi.class.getResourceAsStream("/jobs/" + name + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String createBody(String jobDescription) {
        return Json.mapper()
                .createObjectNode()
                .put("jobDescription", jobDescription)
                .toString();
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    HttpResponse<String> patch(String path, String body) {
        return send("PATCH", path, body);
    }

    HttpResponse<String> get(String path) {
        return server.get(path);
    }

    /** Creates a set and returns it, failing on anything but 201. */
    JsonNode create(String body) {
        HttpResponse<String> response = post("/v1/question-sets", body);
        if (response.statusCode() != 201) {
            throw new AssertionError("expected 201, got " + response.statusCode() + ": " + response.body());
        }
        return Responses.json(response);
    }

    HttpResponse<String> send(String method, String path, String body) {
        return server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static List<JsonNode> questions(JsonNode set) {
        List<JsonNode> questions = new ArrayList<>();
        set.path("plan").path("stages").forEach(s -> s.path("questions").forEach(questions::add));
        return questions;
    }

    static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }
}
