package dev.interviewcopilot.server.questionset;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.interviewcopilot.server.OpenApiSchemas;
import dev.interviewcopilot.server.Responses;
import dev.interviewcopilot.server.TestPostgres;
import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.llm.ProviderStubs;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hiring manager's journey with a model behind the service: WireMock speaks the OpenAI API over real HTTP,
 * reads each job description (its reading built from what the text really says, plus one skill no bank question
 * covers) and drafts a question for that gap. Drafts are marked for review, linted, and join the bank only when a
 * person approves them, at once and across restarts.
 */
class QuestionSetModelIT {
    /** A skill the taxonomy and the bank do not know, added to every job description. */
    static final String UNKNOWN = DraftingModelStub.UNKNOWN;

    private static final WireMockServer model =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private static TestServer server;
    private static SetApi api;
    private final SetApi offline = new SetApi(TestServer.shared());

    static List<String> jobs() {
        return SetApi.JOBS;
    }

    /** One model-backed server for the class: starting one takes seconds. */
    @BeforeAll
    static void start() {
        model.start();
        server = TestServer.started(settings(Map.of()));
        api = new SetApi(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
        model.stop();
    }

    private static Map<String, String> settings(Map<String, String> more) {
        return ProviderStubs.openAiSettings(model, more);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobs")
    void should_plan_with_the_models_reading_and_draft_what_the_bank_lacks(String job) {
        String text = SetApi.job(job) + "\n- Hands-on " + UNKNOWN + " for our finance team.\n";
        stub(text, draft(job, text, "How would you approach " + UNKNOWN + " between two systems of record?"));

        JsonNode set = api.create(SetApi.createBody(text));

        assertThat(set.path("engine").asText()).isEqualTo("llm");
        assertThat(set.path("extraction").path("provenance").path("engine").asText())
                .isEqualTo("llm");
        assertThat(set.path("extraction").path("provenance").path("model").asText())
                .isEqualTo("openai/test-model");
        JsonNode drafted = SetApi.questions(set).stream()
                .filter(q -> q.path("source").asText().equals("drafted-needs-review"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no drafted question in " + set.path("plan")));
        assertThat(drafted.path("draftedBy").path("engine").asText()).isEqualTo("llm");
        assertThat(drafted.path("draftedBy").path("prompt").asText()).startsWith("gaps@1#");
        assertThat(drafted.path("covers").toString()).contains("text:" + UNKNOWN);
        JsonNode gap = gap(set, "text:" + UNKNOWN);
        assertThat(gap.path("draft").asText())
                .isEqualTo(drafted.path("questionId").asText());
        PlanChecks.check(set);
        int calls = model.findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH)))
                .size();
        assertThat(calls)
                .as("one reading, and one draft per must-have the bank has nothing on, at most five")
                .isBetween(2, 1 + QuestionSets.MAX_DRAFTS);
    }

    @Test
    void should_add_an_approved_draft_to_the_bank_searchable_at_once_and_after_a_restart() {
        String text = SetApi.job("senior-backend") + "\n- Hands-on " + UNKNOWN + " for our finance team.\n";
        stub(text, draft("senior-backend", text, "Walk me through how you would run " + UNKNOWN + " every night."));
        TestServer own = TestServer.started(settings(Map.of()));
        SetApi api = new SetApi(own);
        JsonNode set = api.create(SetApi.createBody(text));
        String id = set.path("id").asText();
        String draftId = gap(set, "text:" + UNKNOWN).path("draft").asText();
        assertThat(offline.get("/v1/questions/" + draftId).statusCode()).isEqualTo(404);

        HttpResponse<String> approved =
                api.post("/v1/question-sets/" + id + "/questions/" + draftId + "/approve", "{\"version\": 1}");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode v2 = Responses.json(approved);
        assertThat(OpenApiSchemas.violations("QuestionSet", v2)).isEmpty();
        assertThat(v2.path("version").asInt()).isEqualTo(2);
        JsonNode now = SetApi.questions(v2).stream()
                .filter(q -> q.path("questionId").asText().equals(draftId))
                .findFirst()
                .orElseThrow();
        assertThat(now.path("source").asText()).isEqualTo("bank");
        assertThat(now.path("item").path("origin").path("reviewedBy").asText()).isEqualTo("admin");
        assertThat(v2.path("plan").path("gaps").toString()).doesNotContain("text:" + UNKNOWN);
        assertReviewed(api, draftId, id);

        HttpResponse<String> again =
                api.post("/v1/question-sets/" + id + "/questions/" + draftId + "/approve", "{\"version\": 2}");
        assertThat(again.statusCode()).isEqualTo(409);
        List<String> kinds = new ArrayList<>();
        Responses.json(api.get("/v1/question-sets/" + id + "/audit"))
                .path("events")
                .forEach(e -> kinds.add(e.path("kind").asText()));
        assertThat(kinds.get(0)).isEqualTo("requirements-extracted");
        assertThat(kinds).contains("gap-drafted");
        assertThat(kinds.subList(kinds.size() - 2, kinds.size()))
                .containsExactly("question-set-created", "question-approved");

        own.stop();
        TestServer restarted = TestServer.started(
                settings(Map.of("copilot.data.dir", own.dataDir().toString())));
        try {
            assertReviewed(new SetApi(restarted), draftId, id);
            assertThat(new SetApi(server).get("/v1/questions/" + draftId).statusCode())
                    .as("another deployment's bank does not have it")
                    .isEqualTo(404);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void should_report_the_gap_without_a_draft_when_the_draft_touches_a_protected_topic() {
        String text = SetApi.job("frontend") + "\n- Hands-on " + UNKNOWN + " for our finance team.\n";
        stub(text, draft("frontend", text, "How old are you, and how would you approach " + UNKNOWN + "?"));

        JsonNode set = api.create(SetApi.createBody(text));

        assertThat(SetApi.questions(set))
                .noneMatch(q -> q.path("source").asText().equals("drafted-needs-review"));
        assertThat(gap(set, "text:" + UNKNOWN).has("draft")).isFalse();
        JsonNode trail =
                Responses.json(api.get("/v1/question-sets/" + set.path("id").asText() + "/audit"));
        List<JsonNode> drafted = new ArrayList<>();
        trail.path("events").forEach(e -> {
            if (e.path("kind").asText().equals("gap-drafted")) {
                drafted.add(e);
            }
        });
        assertThat(drafted)
                .isNotEmpty()
                .allSatisfy(
                        e -> assertThat(e.path("payload").path("fallbackReason").asText())
                                .isEqualTo("invalid-output"));
        assertThat(model.findAll(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH))
                        .withRequestBody(containing("Requirement to cover"))))
                .as("each draft was sent back once for repair")
                .hasSize(2 * drafted.size());
        PlanChecks.check(set);
    }

    /**
     * Two instances on one PostgreSQL database: a draft approved through the first joins the second's bank and
     * search index within its polling interval (5 s), with no restart.
     */
    @Test
    void should_let_an_approval_through_one_instance_reach_the_bank_of_another_on_the_same_database() throws Exception {
        String text = SetApi.job("senior-backend") + "\n- Hands-on " + UNKNOWN + " for our finance team.\n";
        stub(text, draft("senior-backend", text, "How would you reconcile " + UNKNOWN + " at month end?"));
        Map<String, String> database = TestPostgres.shared().newDatabase().config();
        TestServer first = TestServer.started(settings(database));
        TestServer second = TestServer.started(database);
        try {
            // The first instance issued the admin token; it signs in on both.
            Files.copy(first.dataDir().resolve("admin-token"), second.dataDir().resolve("admin-token"));
            SetApi viaFirst = new SetApi(first);
            SetApi viaSecond = new SetApi(second);
            JsonNode set = viaFirst.create(SetApi.createBody(text));
            String id = set.path("id").asText();
            String draftId = gap(set, "text:" + UNKNOWN).path("draft").asText();
            assertThat(viaSecond.get("/v1/questions/" + draftId).statusCode()).isEqualTo(404);

            HttpResponse<String> approved =
                    viaFirst.post("/v1/question-sets/" + id + "/questions/" + draftId + "/approve", "{\"version\": 1}");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (viaSecond.get("/v1/questions/" + draftId).statusCode() == 404 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertReviewed(viaSecond, draftId, id);
        } finally {
            second.stop();
            first.stop();
        }
    }

    private static void assertReviewed(SetApi api, String draftId, String setId) {
        HttpResponse<String> item = api.get("/v1/questions/" + draftId);
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(Responses.json(item).path("origin").path("questionSet").asText())
                .isEqualTo(setId);
        JsonNode hits = Responses.json(
                api.get("/v1/questions?q=" + URLEncoder.encode(UNKNOWN, StandardCharsets.UTF_8) + "&limit=3"));
        assertThat(hits.path("results").get(0).path("item").path("id").asText()).isEqualTo(draftId);
    }

    private void stub(String text, String draft) {
        DraftingModelStub.stub(model, offline, text, draft);
    }

    private String draft(String job, String text, String question) {
        return DraftingModelStub.draft(offline, text, question);
    }

    private static JsonNode gap(JsonNode set, String requirement) {
        for (JsonNode gap : set.path("plan").path("gaps")) {
            if (gap.path("requirement").asText().equals(requirement)) {
                return gap;
            }
        }
        throw new AssertionError(
                "no gap " + requirement + " in " + set.path("plan").path("gaps"));
    }
}
