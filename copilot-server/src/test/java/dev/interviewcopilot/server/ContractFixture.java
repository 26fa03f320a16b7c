package dev.interviewcopilot.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The state a contract example needs, built through the API itself: an interview, optionally with a transcript, a
 * suggested probe and a drafted note, a completed scorecard, or a submitted one. {@link #expand} fills the
 * example's placeholders ({@code {interview}}, {@code {candidate}}, {@code {probe}}, {@code {note}}).
 */
final class ContractFixture {
    static final String BOOKING = "6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90";
    static final String INTERVIEWER = "Priya Natarajan";
    static final String JOB = "Senior Backend Engineer\\n\\nRequirements\\n- Strong PostgreSQL and SQL, including"
            + " indexing and transactions.\\n- Experience with Kafka and event-driven services.\\n- You design REST"
            + " APIs and care about idempotency.\\n- Java or Kotlin in production.";
    static final String ANSWER = "I'd wrap the check and the insert in a transaction and lock the room row with"
            + " select for update, so only one booking for that room goes through at a time. The other request"
            + " waits and then sees the clash, and we send back a 409 naming the booking in the way.";
    static final String COMPLETE_VALUES = "{\"values\": {\"position\": \"Senior Backend Engineer\","
            + " \"interviewer-name\": \"Priya Natarajan\", \"collaboration-evidence\": \"Walked the team through it.\","
            + " \"collaboration-rating\": 6, \"ownership-evidence\": \"Owned the rollout.\", \"ownership-rating\": 7,"
            + " \"recommendation\": \"Yes\", \"strengths\": \"Correctness first.\"}}";

    /** How much state an example needs. */
    enum Setup {
        NONE,
        /** A question set planned from {@link #JOB} by the offline engine: {@code {set}}, {@code {setQuestion}}. */
        PLANNED,
        EMPTY,
        LIVE,
        COMPLETE,
        SUBMITTED
    }

    private final TestServer server;
    private final Map<String, String> values = new HashMap<>();

    private ContractFixture(TestServer server) {
        this.server = server;
        values.put("{random}", UUID.randomUUID().toString());
    }

    static ContractFixture build(TestServer server, Setup setup) {
        ContractFixture f = new ContractFixture(server);
        if (setup == Setup.NONE) {
            return f;
        }
        if (setup == Setup.PLANNED) {
            JsonNode set = f.call("POST", "/v1/question-sets", "{\"jobDescription\": \"" + JOB + "\"}");
            f.values.put("{set}", set.path("id").asText());
            f.values.put(
                    "{setQuestion}",
                    set.path("plan")
                            .path("stages")
                            .get(0)
                            .path("questions")
                            .get(0)
                            .path("questionId")
                            .asText());
            return f;
        }
        JsonNode interview = f.call(
                "POST",
                "/v1/interviews",
                "{\"candidate\": {\"name\": \"Sam Contract\","
                        + " \"email\": \"sam@example.org\"}, \"position\": \"Senior Backend Engineer\", \"interviewer\": \""
                        + INTERVIEWER
                        + "\", \"date\": \"2026-11-23\", \"stage\": \"Technical screen\", \"role\": \"backend\","
                        + " \"questions\": [\"" + BOOKING + "\"], \"scorecardTemplate\": \"behavioral-interview\"}");
        f.values.put("{interview}", interview.path("id").asText());
        f.values.put("{candidate}", interview.path("candidate").path("id").asText());
        if (setup == Setup.EMPTY) {
            return f;
        }
        String base = "/v1/interviews/" + interview.path("id").asText();
        f.call(
                "POST",
                base + "/transcript",
                "{\"segments\": [{\"speaker\": \"interviewer\", \"text\": \"How do you"
                        + " stop double bookings?\"}, {\"speaker\": \"candidate\", \"text\": \"" + ANSWER + "\"}]}");
        f.values.put(
                "{probe}",
                f.call("POST", base + "/follow-ups", "{}")
                        .path("probes")
                        .get(0)
                        .path("id")
                        .asText());
        f.values.put(
                "{note}",
                f.call("POST", base + "/notes/drafts", "{}")
                        .path("answers")
                        .get(0)
                        .path("notes")
                        .get(0)
                        .path("id")
                        .asText());
        if (setup == Setup.LIVE) {
            return f;
        }
        f.call("PUT", base + "/scorecard", COMPLETE_VALUES);
        if (setup == Setup.SUBMITTED) {
            f.call("POST", base + "/scorecard/submit", "{\"signedBy\": \"" + INTERVIEWER + "\"}");
        }
        return f;
    }

    String expand(String text) {
        String expanded = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            expanded = expanded.replace(e.getKey(), e.getValue());
        }
        return expanded;
    }

    /** Sends a request as an example describes it, as the admin. */
    HttpResponse<String> send(String method, String uri, String body, String accept) {
        return send(method, uri, body, accept, Optional.of(server.admin()));
    }

    /** Sends a request as an example describes it, with a token or without one. */
    HttpResponse<String> send(String method, String uri, String body, String accept, Optional<String> token) {
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(expand(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(server.uri(expand(uri)).toString()))
                .header("Accept", accept)
                .method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return server.sendAsIs(request.build());
    }

    private JsonNode call(String method, String path, String body) {
        HttpResponse<String> response = send(method, path, body, "application/json");
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Responses.json(response);
    }
}
