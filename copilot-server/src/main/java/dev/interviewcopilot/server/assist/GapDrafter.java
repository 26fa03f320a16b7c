package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.interviewcopilot.server.bank.Competency;
import dev.interviewcopilot.server.bank.QuestionBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.llm.Budget;
import dev.interviewcopilot.server.llm.FallbackReason;
import dev.interviewcopilot.server.llm.ModelCall;
import dev.interviewcopilot.server.llm.ModelGateway;
import dev.interviewcopilot.server.llm.PromptRegistry;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Drafts a question for a requirement the bank does not cover. Only a model drafts: the {@code gaps} prompt writes
 * it and code checks it ({@link GapReplies}: known competency, taxonomy tags, four ordered bands, no protected
 * topic anywhere), with one repair round. The offline engine drafts nothing; the gap is reported instead. The draft
 * is marked for review by whoever shows it: it joins the bank only when a person approves it.
 */
public final class GapDrafter {
    static final String PROMPT = "gaps";
    private static final ObjectMapper EXAMPLE_JSON =
            new ObjectMapper().registerModule(new Jdk8Module()).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final QuestionBank bank;
    private final ModelGateway gateway;
    private final PromptRegistry prompts;
    private final ProtectedTopicLinter linter;

    public GapDrafter(QuestionBank bank, ModelGateway gateway, PromptRegistry prompts, ProtectedTopicLinter linter) {
        this.bank = bank;
        this.gateway = gateway;
        this.prompts = prompts;
        this.linter = linter;
    }

    /** Whether drafts can be asked for at all (a model is configured). */
    public boolean available() {
        return gateway.configured();
    }

    public GapDraft draft(GapRequest request, Caller caller) {
        if (!gateway.configured()) {
            return new GapDraft(Optional.empty(), Provenance.offline(FallbackReason.NOT_CONFIGURED));
        }
        GapReplies replies = new GapReplies(bank, linter, request);
        return switch (gateway.completeJson(call(request, caller), replies::check)) {
            case ModelGateway.StructuredOutcome.Valid<QuestionItem> valid ->
                new GapDraft(
                        Optional.of(valid.parsed().value()),
                        Provenance.model(valid.parsed().answer(), valid.parsed().repaired()));
            case ModelGateway.StructuredOutcome.Failed<QuestionItem> failed ->
                new GapDraft(
                        Optional.empty(),
                        Provenance.offline(failed.unavailable().reason(), prompts.ref(PROMPT)));
        };
    }

    private ModelCall call(GapRequest request, Caller caller) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                "competencies",
                bank.competencies().stream()
                        .filter(c -> request.competencies().contains(c.id()))
                        .map(Competency::id)
                        .map(id -> id + ": " + name(id))
                        .collect(Collectors.joining("\n")));
        values.put("example_item", example(request));
        values.put("role", request.role() + ", " + String.join(" or ", request.seniority()));
        values.put("requirement", request.requirement());
        return new ModelCall(
                prompts.render(PROMPT, values), Budget.BATCH, caller.user(), caller.candidateIdentifiers());
    }

    private String name(String competency) {
        return bank.competencies().stream()
                .filter(c -> c.id().equals(competency))
                .map(Competency::name)
                .findFirst()
                .orElse(competency);
    }

    /** The role's richest active item, as the model sees bank items, to show the depth expected. */
    private String example(GapRequest request) {
        QuestionItem example = bank.items().stream()
                .filter(QuestionItem::active)
                .filter(i -> i.roles().contains(request.role()))
                .filter(i -> i.origin().isEmpty())
                .max(Comparator.comparingInt((QuestionItem i) ->
                                i.keyPoints().size() + i.redFlags().size())
                        .thenComparing(i -> i.id().toString()))
                .or(() -> bank.items().stream().filter(QuestionItem::active).findFirst())
                .orElseThrow();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("question", example.question());
        shown.put("evaluates", example.evaluates());
        shown.put("competency", example.competency());
        shown.put("type", example.type().wireName());
        shown.put("keyPoints", example.keyPoints());
        shown.put("redFlags", example.redFlags());
        shown.put("rubric", example.rubric());
        shown.put("followUps", example.followUps());
        shown.put("minutes", example.minutes());
        shown.put("tags", example.tags());
        try {
            return EXAMPLE_JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shown);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render the example item", e);
        }
    }
}
