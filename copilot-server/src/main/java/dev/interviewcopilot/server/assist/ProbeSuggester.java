package dev.interviewcopilot.server.assist;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.llm.Budget;
import dev.interviewcopilot.server.llm.FallbackReason;
import dev.interviewcopilot.server.llm.ModelCall;
import dev.interviewcopilot.server.llm.ModelGateway;
import dev.interviewcopilot.server.llm.ModelOutcome;
import dev.interviewcopilot.server.llm.PromptRef;
import dev.interviewcopilot.server.llm.PromptRegistry;
import dev.interviewcopilot.server.llm.RenderedPrompt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Suggests up to three follow-up probes for the answer so far. With a model, the {@code probes} prompt drafts them
 * and code checks them ({@link ProbeReplies}); when the model is not configured, fails, or answers badly even after
 * its repair round, the offline engine picks curated probes from the bank ({@link OfflineProbes}) and the result
 * says why. Streaming relays each probe the moment it has formed; if the stream breaks off, the probes already
 * shown stay and the offline engine fills the remaining places.
 */
public final class ProbeSuggester {
    /** Probes per suggestion. */
    public static final int MAX_PROBES = 3;

    static final String PROMPT = "probes";

    private final ModelGateway gateway;
    private final PromptRegistry prompts;
    private final AnswerAnalyzer analyzer;
    private final ProtectedTopicLinter linter;
    private final OfflineProbes offline;

    public ProbeSuggester(
            ModelGateway gateway, PromptRegistry prompts, AnswerAnalyzer analyzer, ProtectedTopicLinter linter) {
        this.gateway = gateway;
        this.prompts = prompts;
        this.analyzer = analyzer;
        this.linter = linter;
        this.offline = new OfflineProbes(analyzer, linter);
    }

    /** The probes, all at once. */
    public ProbeSuggestions suggest(ProbeRequest request) {
        if (!gateway.configured()) {
            return offline(request, Set.of(), Provenance.offline(FallbackReason.NOT_CONFIGURED));
        }
        ProbeReplies replies = replies(request);
        return switch (gateway.completeJson(call(request), replies::check)) {
            case ModelGateway.StructuredOutcome.Valid<List<Probe>> valid ->
                new ProbeSuggestions(
                        valid.parsed().value(),
                        Provenance.model(valid.parsed().answer(), valid.parsed().repaired()));
            case ModelGateway.StructuredOutcome.Failed<List<Probe>> failed ->
                offline(
                        request,
                        Set.of(),
                        Provenance.offline(failed.unavailable().reason(), promptRef()));
        };
    }

    /**
     * The probes one by one as they form, each passed to {@code onProbe} once it is checked; returns them all with
     * their provenance. A streamed reply gets no repair round: a probe that fails its checks is dropped.
     */
    public ProbeSuggestions stream(ProbeRequest request, Consumer<Probe> onProbe) {
        if (!gateway.configured()) {
            ProbeSuggestions result = offline(request, Set.of(), Provenance.offline(FallbackReason.NOT_CONFIGURED));
            result.probes().forEach(onProbe);
            return result;
        }
        ProbeReplies replies = replies(request);
        StreamedObjects objects = new StreamedObjects();
        List<Probe> shown = new ArrayList<>();
        Set<ProbeTarget> targets = new HashSet<>();
        Repeats[] seen = {new Repeats(request.alreadyAsked())};
        List<String> rejected = new ArrayList<>();
        ModelOutcome outcome = gateway.stream(call(request), token -> {
            for (JsonNode node : objects.feed(token)) {
                if (shown.size() >= MAX_PROBES) {
                    return;
                }
                replies.one(node, "probe " + (shown.size() + 1), seen[0], rejected)
                        .filter(probe -> targets.add(probe.target()))
                        .ifPresent(probe -> {
                            shown.add(probe);
                            seen[0] = seen[0].plus(probe.text());
                            onProbe.accept(probe);
                        });
            }
        });
        Provenance provenance;
        if (outcome instanceof ModelOutcome.Answered answered) {
            boolean wellFormed = answeredWellFormed(objects, rejected);
            if (!shown.isEmpty() || wellFormed) {
                return new ProbeSuggestions(shown, Provenance.model(answered, false));
            }
            provenance = Provenance.offline(FallbackReason.INVALID_OUTPUT, promptRef());
        } else {
            FallbackReason reason = ((ModelOutcome.Unavailable) outcome).reason();
            provenance = shown.isEmpty()
                    ? Provenance.offline(reason, promptRef())
                    : Provenance.interrupted(reason, promptRef(), gateway.model());
        }
        ProbeSuggestions filled = offline(request, targets, provenance, seen[0], MAX_PROBES - shown.size());
        filled.probes().forEach(onProbe);
        List<Probe> all = new ArrayList<>(shown);
        all.addAll(filled.probes());
        return new ProbeSuggestions(all, provenance);
    }

    /** A reply with no usable probe is still an answer when it is well-formed JSON: the model found nothing to ask. */
    private static boolean answeredWellFormed(StreamedObjects objects, List<String> rejected) {
        if (!rejected.isEmpty() || objects.malformed() > 0) {
            return false;
        }
        String text = objects.text().strip();
        return text.contains("\"probes\"") && text.replaceAll("\\s", "").contains("[]");
    }

    private ProbeSuggestions offline(ProbeRequest request, Set<ProbeTarget> taken, Provenance provenance) {
        return offline(request, taken, provenance, new Repeats(request.alreadyAsked()), MAX_PROBES);
    }

    private ProbeSuggestions offline(
            ProbeRequest request, Set<ProbeTarget> taken, Provenance provenance, Repeats asked, int max) {
        AnswerAnalysis analysis = analyzer.analyze(request.item(), request.answer());
        return new ProbeSuggestions(offline.pick(request.item(), analysis, asked, taken, max), provenance);
    }

    private ProbeReplies replies(ProbeRequest request) {
        return new ProbeReplies(request.item(), linter, new Repeats(request.alreadyAsked()));
    }

    private PromptRef promptRef() {
        return prompts.ref(PROMPT);
    }

    private ModelCall call(ProbeRequest request) {
        QuestionItem item = request.item();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("question", item.question());
        values.put("evaluates", item.evaluates());
        values.put("key_points", ItemReference.keyPoints(item));
        values.put("red_flags", ItemReference.redFlags(item));
        values.put("rubric", ItemReference.rubric(item));
        values.put(
                "already_asked",
                request.alreadyAsked().isEmpty()
                        ? "none"
                        : request.alreadyAsked().stream().map(q -> "- " + q).collect(Collectors.joining("\n")));
        values.put("answer", request.answer().stream().map(AnswerSegment::text).collect(Collectors.joining("\n")));
        RenderedPrompt prompt = prompts.render(PROMPT, values);
        return new ModelCall(
                prompt, Budget.LIVE, request.caller().user(), request.caller().candidateIdentifiers());
    }
}
