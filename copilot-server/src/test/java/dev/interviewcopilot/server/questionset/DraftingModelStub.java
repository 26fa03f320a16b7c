package dev.interviewcopilot.server.questionset;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiAnswer;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiCall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.interviewcopilot.server.Responses;
import dev.interviewcopilot.server.TestServer;

/**
 * A model for planning, stubbed over HTTP: it reads a job description as the offline engine does, plus one must-have
 * skill the bank has nothing on ({@link #UNKNOWN}), and drafts a question for that gap.
 */
public final class DraftingModelStub {
    /** A skill no bank item covers. */
    public static final String UNKNOWN = "ledger tessellation";

    private DraftingModelStub() {}

    /** Stubs the model for {@code text}, drafting a question that asks {@code question}; {@code offline} reads it. */
    public static void stub(WireMockServer model, TestServer offline, String text, String question) {
        SetApi api = new SetApi(offline);
        stub(model, api, text, draft(api, text, question));
    }

    /** Stubs the model: the reading of {@code text} for any call, and {@code draft} for the gap-drafting call. */
    static void stub(WireMockServer model, SetApi offline, String text, String draft) {
        model.resetAll();
        model.stubFor(openAiCall()
                .withRequestBody(containing("Requirement to cover"))
                .atPriority(1)
                .willReturn(openAiAnswer(draft)));
        model.stubFor(openAiCall().atPriority(5).willReturn(openAiAnswer(reading(offline, text))));
    }

    /** What a careful model would read: what the offline engine finds, with the unknown skill as a must-have. */
    private static String reading(SetApi offline, String text) {
        JsonNode read = offline.create(SetApi.createBody(text));
        ObjectNode reading = SetApi.object().put("language", "en");
        reading.put("roleFamily", read.path("options").path("role").asText());
        JsonNode seniority = read.path("options").path("seniority");
        if (seniority.isMissingNode()) {
            reading.putNull("seniority");
        } else {
            reading.put("seniority", seniority.asText());
        }
        ArrayNode must = reading.putArray("mustHave");
        ArrayNode nice = reading.putArray("niceToHave");
        ArrayNode competencies = reading.putArray("competencies");
        for (JsonNode r : read.path("requirements")) {
            String span = r.path("span").path("text").asText();
            switch (r.path("kind").asText()) {
                case "competency" ->
                    competencies.addObject().put("id", r.path("key").asText()).put("span", span);
                default ->
                    (r.path("importance").asText().equals("must-have") ? must : nice)
                            .addObject()
                            .put("skill", r.path("name").asText())
                            .put("span", span);
            }
        }
        must.addObject().put("skill", UNKNOWN).put("span", UNKNOWN);
        return reading.toString();
    }

    /** A complete draft evaluating a competency of the plan's first stage. */
    static String draft(SetApi offline, String text, String question) {
        JsonNode read = offline.create(SetApi.createBody(text));
        String profile = read.path("options").path("profile").asText();
        String competency = null;
        for (JsonNode p : Responses.json(offline.get("/v1/roles")).path("profiles")) {
            if (p.path("id").asText().equals(profile)) {
                competency = p.path("stages").get(0).path("competencies").get(0).asText();
            }
        }
        ObjectNode d = SetApi.object()
                .put("question", question)
                .put("evaluates", "Whether the candidate can plan and check " + UNKNOWN + " end to end.")
                .put("competency", competency)
                .put("type", "situational");
        ArrayNode points = d.putArray("keyPoints");
        points.addObject()
                .put("id", "sources")
                .put("point", "Names both systems of record and which one wins.")
                .put("probe", "Which system decides when the two disagree?");
        points.addObject()
                .put("id", "matching")
                .put("point", "Matches entries by a stable key, not by amount.")
                .put("probe", "How do you pair an entry on one side with its twin?");
        points.addObject()
                .put("id", "breaks")
                .put("point", "Reports breaks with an owner and an age.")
                .put("probe", "What happens to a difference nobody claims?");
        ArrayNode flags = d.putArray("redFlags");
        flags.addObject()
                .put("id", "totals-only")
                .put("flag", "Compares only daily totals.")
                .put("soundsLike", "if the sums match we're fine");
        flags.addObject()
                .put("id", "manual")
                .put("flag", "Relies on someone eyeballing a spreadsheet.")
                .put("soundsLike", "finance checks it by hand");
        ArrayNode rubric = d.putArray("rubric");
        rubric.addObject().put("scores", "1-3").put("descriptor", "No plan beyond comparing totals.");
        rubric.addObject().put("scores", "4-6").put("descriptor", "Matches entries but has no owner for breaks.");
        rubric.addObject().put("scores", "7-8").put("descriptor", "Stable keys, breaks reported with owners.");
        rubric.addObject().put("scores", "9-10").put("descriptor", "All of that, plus ageing and trend alerts.");
        d.putArray("followUps")
                .add("How would you backfill a month of missing data?")
                .add("What would you alert on first?");
        d.put("minutes", 10);
        d.putArray("tags").add("sql").add("reconciliation-magic");
        return d.toString();
    }
}
