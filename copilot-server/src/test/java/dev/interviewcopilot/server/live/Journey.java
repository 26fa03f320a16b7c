package dev.interviewcopilot.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The interviewer's journey through the HTTP API, start to finish: create the interview, transcribe, get probes
 * (JSON and streamed), mark them, draft notes, decide them, rate, sign, amend, export, read the trail. Shared by
 * the offline and the model-backed runs; {@code engine} is what each AI response must report.
 */
final class Journey {
    static final String BOOKING = "6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90";
    static final String CANDIDATE = "Ada Quartermaine";
    static final String EMAIL = "ada.q@example.org";
    static final String INTERVIEWER = "Priya Natarajan";
    static final String QUESTION = "Two people book the same room for overlapping times at the same moment. How do"
            + " you make sure only one booking wins?";
    static final String SHORT_ANSWER = "Hi, I'm Ada Quartermaine, ada.q@example.org. I would check overlaps.";
    static final String ANSWER = "I'd wrap the check and the insert in a transaction and lock the room row with"
            + " select for update, so only one booking for that room goes through at a time. The other request"
            + " waits and then sees the clash. Then we send back a 409 and show which booking is in the way so the"
            + " user can pick another time.";
    static final String PROTECTED_QUESTION = "Do you have kids, or plan to start a family soon?";

    private final Api api;
    private final String engine;

    Journey(Api api, String engine) {
        this.api = api;
        this.engine = engine;
    }

    /** Runs the journey and returns the interview's id and candidate id. */
    String[] run() {
        Api.Reply created = api.post(
                "/v1/interviews",
                Map.of(
                        "candidate", Map.of("name", CANDIDATE, "email", EMAIL),
                        "position", "Senior Backend Engineer",
                        "interviewer", INTERVIEWER,
                        "hiringManager", "Jordan Ellis",
                        "date", "2026-11-23",
                        "stage", "Technical screen",
                        "role", "backend",
                        "questions", List.of(BOOKING),
                        "scorecardTemplate", "behavioral-interview"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asText();
        String candidateId = created.json().path("candidate").path("id").asText();
        String base = "/v1/interviews/" + id;
        assertThat(created.json().path("currentQuestionId").asText()).isEqualTo(BOOKING);
        assertThat(api.get(base).json().path("candidate").path("name").asText()).isEqualTo(CANDIDATE);
        assertThat(api.get("/v1/interviews?interviewer=" + INTERVIEWER.replace(" ", "%20"))
                        .json()
                        .path("interviews")
                        .findValuesAsText("id"))
                .contains(id);

        // The interviewer asks; the candidate has barely started: too little to draft notes from.
        append(base, "interviewer", QUESTION);
        append(base, "candidate", SHORT_ANSWER);
        Api.Reply tooEarly = api.post(base + "/notes/drafts", Map.of("questionId", BOOKING));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().path("type").asText()).endsWith("transcript-not-ready");
        assertThat(tooEarly.json().path("errors").get(0).path("message").asText())
                .contains("word(s)");

        Api.Reply answer = append(base, "candidate", ANSWER);
        String answerSegment = answer.json().path("segments").get(0).path("id").asText();

        // Probes as JSON: at most three, each with target, source and why; then mark one used, one dismissed.
        Api.Reply followUps = api.post(base + "/follow-ups", Map.of());
        assertThat(followUps.status()).as(followUps.text()).isEqualTo(200);
        JsonNode probes = followUps.json().path("probes");
        assertThat(probes.size()).isBetween(1, 3);
        for (JsonNode p : probes) {
            assertThat(p.path("target").path("kind").asText()).isIn("key-point", "red-flag", "rubric-level");
            assertThat(p.path("why").asText()).isNotBlank();
            assertThat(p.path("source").asText()).isIn("bank", "model");
        }
        assertThat(followUps.json().path("provenance").path("engine").asText()).isEqualTo(engine);
        String used = probes.get(0).path("text").asText();
        Api.Reply marked =
                api.patch(base + "/probes/" + probes.get(0).path("id").asText(), Map.of("status", "used"));
        assertThat(marked.json().path("status").asText()).isEqualTo("used");
        if (probes.size() > 1) {
            assertThat(api.patch(base + "/probes/" + probes.get(1).path("id").asText(), Map.of("status", "dismissed"))
                            .status())
                    .isEqualTo(200);
        }

        // Streamed: probe events as they form, then done; never the probe already asked.
        List<Api.Event> events = api.stream(base + "/follow-ups", Map.of());
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1).name()).isEqualTo("done");
        List<Api.Event> streamed =
                events.stream().filter(e -> "probe".equals(e.name())).toList();
        assertThat(streamed.size()).isBetween(0, 3);
        assertThat(streamed).allSatisfy(e -> {
            assertThat(e.data().path("id").asText()).isNotBlank();
            assertThat(e.data().path("text").asText()).isNotEqualTo(used);
        });
        assertThat(events.get(events.size() - 1).data().path("count").asInt()).isEqualTo(streamed.size());
        assertThat(events.get(events.size() - 1)
                        .data()
                        .path("provenance")
                        .path("engine")
                        .asText())
                .isEqualTo(engine);

        // The interviewer's own protected-topic question gets a warning with an alternative.
        Api.Reply risky = append(base, "interviewer", PROTECTED_QUESTION);
        assertThat(risky.json().path("warnings")).isNotEmpty();
        assertThat(risky.json().path("warnings").get(0).path("alternative").asText())
                .isNotBlank();

        // Notes: evidence is verbatim, located in the segment it cites.
        Api.Reply drafts = api.post(base + "/notes/drafts", Map.of("questionId", BOOKING));
        assertThat(drafts.status()).as(drafts.text()).isEqualTo(201);
        JsonNode drafted = drafts.json().path("answers").get(0);
        assertThat(drafted.path("provenance").path("engine").asText()).isEqualTo(engine);
        JsonNode notes = drafted.path("notes");
        assertThat(notes.size()).isGreaterThanOrEqualTo(1);
        for (JsonNode note : notes) {
            assertThat(note.path("status").asText()).isEqualTo("draft");
            assertThat(note.has("aiSuggestion")).as("advisory by default").isFalse();
            for (JsonNode e : note.path("evidence")) {
                assertThat(e.path("segmentId").asText()).isEqualTo(answerSegment);
                assertThat(ANSWER.substring(
                                e.path("start").asInt(), e.path("end").asInt()))
                        .isEqualTo(e.path("quote").asText());
            }
        }

        // Decisions: confirm one as drafted, confirm another with an edit (diff kept), reject the rest.
        List<String> noteIds = new ArrayList<>(notes.findValuesAsText("id").stream()
                .filter(v -> v.length() == 36)
                .distinct()
                .toList());
        Api.Reply confirmed = api.patch(base + "/notes/" + noteIds.get(0), Map.of("status", "confirmed"));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.json().path("note").path("text").asText())
                .isEqualTo(notes.get(0).path("draftText").asText());
        int confirmedCount = 1;
        if (noteIds.size() > 1) {
            Api.Reply edited = api.patch(
                    base + "/notes/" + noteIds.get(1),
                    Map.of("status", "confirmed", "text", "Locks the room row so one booking wins; answers 409."));
            assertThat(edited.json().path("note").path("edited").asBoolean()).isTrue();
            assertThat(edited.json().path("note").path("diff").findValuesAsText("op"))
                    .contains("insert");
            confirmedCount++;
            for (String rejected : noteIds.subList(2, noteIds.size())) {
                assertThat(api.patch(base + "/notes/" + rejected, Map.of("status", "rejected"))
                                .status())
                        .isEqualTo(200);
            }
        }

        // Scorecard: prefilled, only confirmed notes, no AI rating; validation names the field.
        JsonNode scorecard = api.get(base + "/scorecard").json();
        assertThat(scorecard.path("values").path("candidate-name").asText()).isEqualTo(CANDIDATE);
        assertThat(scorecard.path("confirmedNotes").size()).isEqualTo(confirmedCount);
        assertThat(scorecard.has("aiSuggestions")).isFalse();
        Api.Reply bad = api.put(base + "/scorecard", Map.of("values", Map.of("collaboration-rating", 11)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("values.collaboration-rating");
        Api.Reply incomplete = api.post(base + "/scorecard/submit", Map.of("signedBy", INTERVIEWER));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.json().path("errors").findValuesAsText("field")).contains("values.recommendation");
        Api.Reply saved = api.put(
                base + "/scorecard",
                Map.of(
                        "version",
                        0,
                        "values",
                        Map.of(
                                "position", "Senior Backend Engineer",
                                "interviewer-name", INTERVIEWER,
                                "collaboration-evidence",
                                        "Explained the trade-off to the team before choosing row locks.",
                                "collaboration-rating", 6,
                                "ownership-evidence", "Owned the conflict response end to end.",
                                "ownership-rating", 7,
                                "recommendation", "Yes",
                                "strengths", "Database-enforced correctness; clear conflict handling.")));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().path("version").asInt()).isEqualTo(1);
        assertThat(api.put(base + "/scorecard", Map.of("version", 0, "values", Map.of("concerns", "x")))
                        .status())
                .as("a stale version loses")
                .isEqualTo(409);
        assertThat(api.post(base + "/scorecard/submit", Map.of("signedBy", "Someone Else"))
                        .status())
                .isEqualTo(400);
        Api.Reply submitted = api.post(base + "/scorecard/submit", Map.of("signedBy", INTERVIEWER));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().path("status").asText()).isEqualTo("submitted");
        assertThat(submitted.json().path("signature").path("contentHash").asText())
                .hasSize(64);
        assertThat(submitted.json().path("values").path("signature").asText()).isEqualTo(INTERVIEWER);

        // Locked: edits and note decisions are refused; an amendment is signed on its own.
        assertThat(api.put(base + "/scorecard", Map.of("values", Map.of("ownership-rating", 8)))
                        .status())
                .isEqualTo(409);
        assertThat(api.patch(base + "/notes/" + noteIds.get(0), Map.of("status", "rejected"))
                        .status())
                .isEqualTo(409);
        Api.Reply emptying = api.post(
                base + "/scorecard/amendments",
                Map.of(
                        "values",
                        Collections.singletonMap("ownership-rating", null),
                        "reason",
                        "Not sure any more.",
                        "signedBy",
                        INTERVIEWER));
        assertThat(emptying.status()).as(emptying.text()).isEqualTo(422);
        assertThat(emptying.json().path("errors").get(0).path("field").asText()).isEqualTo("values.ownership-rating");
        Api.Reply amended = api.post(
                base + "/scorecard/amendments",
                Map.of(
                        "values",
                        Map.of("ownership-rating", 8),
                        "reason",
                        "Re-read the notes: the ownership evidence is stronger than I rated.",
                        "signedBy",
                        INTERVIEWER));
        assertThat(amended.status()).as(amended.text()).isEqualTo(200);
        assertThat(amended.json().path("values").path("ownership-rating").asInt())
                .isEqualTo(8);
        assertThat(amended.json()
                        .path("amendments")
                        .get(0)
                        .path("signature")
                        .path("contentHash")
                        .asText())
                .hasSize(64)
                .isNotEqualTo(
                        submitted.json().path("signature").path("contentHash").asText());

        // Exports.
        Api.Reply markdown = api.get(base + "/scorecard/export?format=markdown");
        assertThat(markdown.contentType()).startsWith("text/markdown");
        assertThat(markdown.text()).contains("# Behavioural interview", "Signed by " + INTERVIEWER, "## Amendments");
        assertThat(api.get(base + "/scorecard/export?format=json")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("submitted");

        // The trail: every AI output and human action, and a chain that verifies.
        JsonNode trail = api.get(base + "/audit").json();
        assertThat(trail.path("verification").path("valid").asBoolean()).isTrue();
        List<String> kinds = trail.path("events").findValuesAsText("kind");
        assertThat(kinds)
                .contains(
                        "interview-created",
                        "transcript-appended",
                        "follow-ups-suggested",
                        "probe-used",
                        "notes-drafted",
                        "note-confirmed",
                        "scorecard-saved",
                        "scorecard-submitted",
                        "scorecard-amended");
        JsonNode aiOutput = trail.path("events").findParents("kind").stream()
                .filter(e -> e.path("kind").asText().equals("notes-drafted"))
                .findFirst()
                .orElseThrow()
                .path("payload");
        assertThat(aiOutput.path("engine").asText()).isEqualTo(engine);
        assertThat(aiOutput.path("inputHash").asText()).hasSize(64);
        assertThat(aiOutput.path("retrievedIds").get(0).asText()).isEqualTo(BOOKING);
        if (engine.equals("llm")) {
            assertThat(aiOutput.path("prompt").asText()).startsWith("notes@");
            assertThat(aiOutput.path("model").asText()).isNotBlank();
        }
        return new String[] {id, candidateId};
    }

    /** An interview with an answer on record, probes suggested and notes drafted, ready for decisions. */
    String prepare() {
        Api.Reply created = api.post(
                "/v1/interviews",
                Map.of(
                        "candidate", Map.of("name", CANDIDATE, "email", EMAIL),
                        "position", "Senior Backend Engineer",
                        "interviewer", INTERVIEWER,
                        "date", "2026-11-23",
                        "stage", "Technical screen",
                        "questions", List.of(BOOKING),
                        "scorecardTemplate", "behavioral-interview"));
        String base = "/v1/interviews/" + created.json().path("id").asText();
        append(base, "interviewer", QUESTION);
        append(base, "candidate", ANSWER);
        assertThat(api.post(base + "/follow-ups", Map.of()).status()).isEqualTo(200);
        assertThat(api.post(base + "/notes/drafts", Map.of()).status()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    Api.Reply append(String base, String speaker, String text) {
        Api.Reply reply =
                api.post(base + "/transcript", Map.of("segments", List.of(Map.of("speaker", speaker, "text", text))));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply;
    }
}
