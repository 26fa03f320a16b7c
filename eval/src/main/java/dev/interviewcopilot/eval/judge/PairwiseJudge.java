package dev.interviewcopilot.eval.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.llm.Budget;
import dev.interviewcopilot.server.llm.ModelCall;
import dev.interviewcopilot.server.llm.ModelGateway;
import dev.interviewcopilot.server.llm.PromptRegistry;
import dev.interviewcopilot.server.llm.Validation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LLM judge, for what code cannot decide: which of two outputs made from the same input meets a criterion
 * better. It asks the {@code judge} prompt twice, with the outputs in both orders; a judgement counts only when the
 * two answers agree, and an order-dependent one is reported as inconsistent and scored a tie, so a judge that
 * favours a position cannot decide anything. Identical outputs tie without asking.
 */
public final class PairwiseJudge {
    private static final String PROMPT = "judge";

    private final ModelGateway gateway;
    private final PromptRegistry prompts;

    /** Which output is better. */
    public enum Winner {
        A,
        B,
        TIE
    }

    /**
     * One pair, judged both ways.
     *
     * @param winner the agreed winner; a tie when the two orders disagree
     * @param consistent whether both orders gave the same answer
     * @param forward the judge's answer with A first ({@code A}, {@code B} or {@code TIE}) and its reason
     * @param backward the judge's answer with B first, mapped back to A and B, and its reason
     * @param asked whether the judge was asked (identical outputs tie without asking)
     * @param error why the pair could not be judged, when it could not
     */
    public record Judgement(
            Winner winner, boolean consistent, String forward, String backward, boolean asked, Optional<String> error) {
        static Judgement failed(String why) {
            return new Judgement(Winner.TIE, false, "", "", true, Optional.of(why));
        }
    }

    public PairwiseJudge(ModelGateway gateway, PromptRegistry prompts) {
        this.gateway = gateway;
        this.prompts = prompts;
    }

    /** {@code id@version#hash} of the judge prompt in use. */
    public String prompt() {
        return prompts.ref(PROMPT).toString();
    }

    /** The model that judges. */
    public String model() {
        return gateway.model();
    }

    /** Judges A against B on {@code criterion}, both ways round. */
    public Judgement judge(String criterion, String context, String a, String b) {
        if (a.equals(b)) {
            return new Judgement(Winner.TIE, true, "identical outputs", "identical outputs", false, Optional.empty());
        }
        Optional<Answer> forward = ask(criterion, context, a, b);
        Optional<Answer> backward = ask(criterion, context, b, a);
        if (forward.isEmpty() || backward.isEmpty()) {
            return Judgement.failed("the judge model gave no valid answer");
        }
        Winner first = forward.get().better("A", "B");
        Winner second = backward.get().better("B", "A");
        boolean consistent = first == second;
        return new Judgement(
                consistent ? first : Winner.TIE,
                consistent,
                first + ": " + forward.get().reason(),
                second + ": " + backward.get().reason(),
                true,
                Optional.empty());
    }

    /** The judge's answer: which position it preferred, and why. */
    private record Answer(String position, String reason) {
        Winner better(String first, String second) {
            return switch (position) {
                case "first" -> Winner.valueOf(first);
                case "second" -> Winner.valueOf(second);
                default -> Winner.TIE;
            };
        }
    }

    private Optional<Answer> ask(String criterion, String context, String first, String second) {
        ModelCall call = new ModelCall(
                prompts.render(
                        PROMPT, Map.of("criterion", criterion, "context", context, "first", first, "second", second)),
                Budget.BATCH,
                "eval-judge",
                List.of());
        return switch (gateway.completeJson(call, PairwiseJudge::read)) {
            case ModelGateway.StructuredOutcome.Valid<Answer> valid ->
                Optional.of(valid.parsed().value());
            case ModelGateway.StructuredOutcome.Failed<Answer> failed -> Optional.empty();
        };
    }

    private static Validation<Answer> read(JsonNode json) {
        return Validation.valid(
                new Answer(json.path("better").asText(), json.path("reason").asText()));
    }
}
