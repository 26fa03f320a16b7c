package dev.interviewcopilot.server.assist;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiAnswer;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.interviewcopilot.server.llm.CacheMode;
import dev.interviewcopilot.server.llm.FallbackReason;
import dev.interviewcopilot.server.llm.GuardedModelGateway;
import dev.interviewcopilot.server.llm.ProviderStubs;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes drafted by a model speaking the OpenAI API (WireMock), every quote checked against the transcript. */
class NoteDrafterIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SEGMENT = "I'm Priya Raman. We query for any overlapping bookings first and if none come back"
            + " we insert the new one. Clients send an idempotency key that we keep under a unique index.";

    private final WireMockServer server =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @TempDir
    Path cache;

    private GuardedModelGateway gateway;

    @BeforeEach
    void start() {
        server.start();
        gateway = ProviderStubs.openAi(server, ProviderStubs.guard(), Clock.systemUTC(), cache, CacheMode.OFF);
    }

    @AfterEach
    void stop() {
        gateway.close();
        server.stop();
    }

    private NoteDrafts draft(boolean suggestBands) {
        NoteDrafter drafter =
                new NoteDrafter(gateway, Assist.prompts(), Assist.analyzer(), Assist.linter(), suggestBands);
        return drafter.draft(
                new NoteRequest(Assist.booking(), List.of(new AnswerSegment("s4", SEGMENT)), Assist.CALLER));
    }

    static String notes(String criterionKind, String criterionId, String observation, String segment, String quote) {
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode array = reply.putArray("notes");
        ObjectNode note = array.addObject();
        note.putObject("criterion").put("kind", criterionKind).put("id", criterionId);
        note.put("observation", observation).put("summary", "Describes what the candidate said about it.");
        note.put("rubricBand", "4-6");
        note.putArray("evidence").addObject().put("segment", segment).put("quote", quote);
        reply.putArray("openQuestions").add("How is a conflict reported to the losing client?");
        return reply.toString();
    }

    @Test
    void should_locate_each_quote_in_the_transcript_and_keep_ratings_out_by_default() {
        String quote = "Clients send an idempotency key that we keep under a unique index.";
        server.stubFor(
                openAiCall().willReturn(openAiAnswer(notes("key-point", "idempotency-key", "shown", "s4", quote))));

        NoteDrafts drafts = draft(false);

        assertThat(drafts.notes()).singleElement().satisfies(note -> {
            assertThat(note.criterion()).isEqualTo(new NoteCriterion(NoteCriterion.Kind.KEY_POINT, "idempotency-key"));
            assertThat(note.evidence()).singleElement().satisfies(e -> {
                assertThat(e.segmentId()).isEqualTo("s4");
                assertThat(SEGMENT.substring(e.start(), e.end())).isEqualTo(quote);
            });
            assertThat(note.suggestedBand()).isEmpty();
        });
        assertThat(drafts.openQuestions()).hasSize(1);
        assertThat(drafts.provenance().engine()).isEqualTo(Engine.LLM);
        assertThat(drafts.provenance().prompt())
                .hasValueSatisfying(p -> assertThat(p).startsWith("notes@1#"));
    }

    @Test
    void should_carry_the_suggested_band_only_when_the_deployment_allows_it() {
        server.stubFor(openAiCall()
                .willReturn(openAiAnswer(notes(
                        "red-flag",
                        "app-level-check",
                        "red-flag-observed",
                        "s4",
                        "We query for any overlapping bookings first"))));

        assertThat(draft(true).notes())
                .singleElement()
                .satisfies(n -> assertThat(n.suggestedBand()).contains("4-6"));
    }

    @Test
    void should_send_a_paraphrased_quote_back_and_take_the_exact_one() {
        server.stubFor(openAiCall()
                .inScenario("repair")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(openAiAnswer(notes(
                        "key-point",
                        "idempotency-key",
                        "shown",
                        "s4",
                        "Clients send an idempotency key with a unique index.")))
                .willSetStateTo("repaired"));
        server.stubFor(openAiCall()
                .inScenario("repair")
                .whenScenarioStateIs("repaired")
                .willReturn(openAiAnswer(notes(
                        "key-point",
                        "idempotency-key",
                        "shown",
                        "s4",
                        "idempotency key that we keep under a unique index"))));

        NoteDrafts drafts = draft(false);

        assertThat(drafts.provenance().repaired()).isTrue();
        assertThat(drafts.notes())
                .singleElement()
                .satisfies(n -> assertThat(n.evidence().get(0).quote())
                        .isEqualTo("idempotency key that we keep under a unique index"));
        server.verify(postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH))
                .withRequestBody(containing("is not in segment s4 word for word")));
    }

    @Test
    void should_fall_back_to_the_offline_notes_when_quotes_stay_invented() {
        server.stubFor(openAiCall()
                .willReturn(openAiAnswer(notes(
                        "key-point",
                        "database-enforced",
                        "shown",
                        "s4",
                        "We use an exclusion constraint in Postgres."))));

        NoteDrafts drafts = draft(false);

        assertThat(drafts.provenance().engine()).isEqualTo(Engine.OFFLINE);
        assertThat(drafts.provenance().fallbackReason()).contains(FallbackReason.INVALID_OUTPUT);
        assertThat(drafts.notes())
                .flatExtracting(NoteDraft::evidence)
                .allSatisfy(
                        e -> assertThat(SEGMENT.substring(e.start(), e.end())).isEqualTo(e.quote()));
        server.verify(2, postRequestedFor(urlPathEqualTo(ProviderStubs.OPENAI_PATH)));
    }

    @Test
    void should_mask_the_candidates_name_on_the_way_out_and_restore_it_in_quotes() {
        server.stubFor(openAiCall()
                .willReturn(openAiAnswer(notes(
                        "key-point",
                        "race-window",
                        "partly-shown",
                        "s4",
                        "I'm [CANDIDATE_1]. We query for any overlapping"))));

        NoteDrafts drafts = draft(false);

        assertThat(drafts.notes())
                .singleElement()
                .satisfies(n -> assertThat(n.evidence().get(0).quote())
                        .isEqualTo("I'm Priya Raman. We query for any overlapping"));
        assertThat(server.getAllServeEvents())
                .allSatisfy(e -> assertThat(e.getRequest().getBodyAsString()).doesNotContain("Priya", "Raman"));
    }
}
