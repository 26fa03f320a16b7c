package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.llm.Budget;
import dev.interviewcopilot.server.llm.FallbackReason;
import dev.interviewcopilot.server.llm.ModelCall;
import dev.interviewcopilot.server.llm.ModelGateway;
import dev.interviewcopilot.server.llm.PromptRegistry;
import dev.interviewcopilot.server.llm.RenderedPrompt;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drafts rubric-mapped notes for one answer. With a model, the {@code notes} prompt drafts them and code checks
 * them ({@link NoteReplies}: every quote verbatim, located by code); otherwise, or when the model fails or answers
 * badly even after its repair round, the offline engine drafts them from the answer analysis ({@link OfflineNotes}).
 * Notes are drafted between questions, not mid-answer, so the call runs on the batch budget.
 */
public final class NoteDrafter {
    static final String PROMPT = "notes";

    private final ModelGateway gateway;
    private final PromptRegistry prompts;
    private final AnswerAnalyzer analyzer;
    private final ProtectedTopicLinter linter;
    private final OfflineNotes offline;
    private final boolean suggestBands;

    /**
     * @param suggestBands whether AI-suggested ratings are allowed (off by default: advisory only); when off, no
     *     draft carries a rubric band
     */
    public NoteDrafter(
            ModelGateway gateway,
            PromptRegistry prompts,
            AnswerAnalyzer analyzer,
            ProtectedTopicLinter linter,
            boolean suggestBands) {
        this.gateway = gateway;
        this.prompts = prompts;
        this.analyzer = analyzer;
        this.linter = linter;
        this.offline = new OfflineNotes(linter);
        this.suggestBands = suggestBands;
    }

    public NoteDrafts draft(NoteRequest request) {
        if (!gateway.configured()) {
            return offline(request, Provenance.offline(FallbackReason.NOT_CONFIGURED));
        }
        NoteReplies replies =
                new NoteReplies(request.item(), new Transcript(request.transcript()), linter, suggestBands);
        return switch (gateway.completeJson(call(request), replies::check)) {
            case ModelGateway.StructuredOutcome.Valid<NoteReplies.Checked> valid -> {
                NoteReplies.Checked checked = valid.parsed().value();
                yield new NoteDrafts(
                        checked.notes(),
                        checked.openQuestions(),
                        checked.withheldQuotes(),
                        Provenance.model(valid.parsed().answer(), valid.parsed().repaired()));
            }
            case ModelGateway.StructuredOutcome.Failed<NoteReplies.Checked> failed ->
                offline(request, Provenance.offline(failed.unavailable().reason(), prompts.ref(PROMPT)));
        };
    }

    private NoteDrafts offline(NoteRequest request, Provenance provenance) {
        return offline.draft(request.item(), analyzer.analyze(request.item(), request.transcript()), provenance);
    }

    private ModelCall call(NoteRequest request) {
        QuestionItem item = request.item();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("question", item.question());
        values.put("key_points", ItemReference.keyPoints(item));
        values.put("red_flags", ItemReference.redFlags(item));
        values.put("rubric", ItemReference.rubric(item));
        values.put(
                "transcript",
                request.transcript().stream()
                        .map(s -> "[" + s.id() + "] " + s.text())
                        .collect(Collectors.joining("\n")));
        RenderedPrompt prompt = prompts.render(PROMPT, values);
        return new ModelCall(
                prompt, Budget.BATCH, request.caller().user(), request.caller().candidateIdentifiers());
    }
}
