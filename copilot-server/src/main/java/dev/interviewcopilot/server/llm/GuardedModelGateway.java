package dev.interviewcopilot.server.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The model gateway: masks identifiers, answers from the record/replay cache when it can, and otherwise calls
 * the configured provider through the {@link ModelGuard}; JSON answers are checked and repaired once. Logs
 * outcomes and timings, never prompt or answer text.
 */
public final class GuardedModelGateway implements ModelGateway, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(GuardedModelGateway.class.getName());

    private final ModelSettings settings;
    private final GuardSettings guardSettings;
    private final ModelGuard guard;
    private final ResponseCache cache;
    private final Clock clock;
    private final AtomicLong upstreamRequests = new AtomicLong();
    private final Optional<ChatModels.Pair> models;
    private final RequestTap tap;

    private GuardedModelGateway(
            ModelSettings settings, GuardSettings guard, ResponseCache cache, RequestTap tap, Clock clock) {
        this.settings = settings;
        this.tap = tap;
        this.guardSettings = guard;
        this.guard = new ModelGuard(guard, clock);
        this.cache = cache;
        this.clock = clock;
        this.models =
                settings.configured() ? Optional.of(ChatModels.create(settings, upstreamRequests)) : Optional.empty();
    }

    /**
     * A gateway for the configured provider.
     *
     * @param cacheDir where recorded responses live
     * @param cacheMode off, record or replay
     */
    public static GuardedModelGateway create(
            ModelSettings settings, GuardSettings guard, Path cacheDir, CacheMode cacheMode, Clock clock) {
        return create(settings, guard, cacheDir, cacheMode, RequestTap.NONE, clock);
    }

    /**
     * A gateway whose every outgoing request is also shown to {@code tap}, masked (for evals).
     *
     * @param cacheDir where recorded responses live
     * @param cacheMode off, record or replay
     */
    public static GuardedModelGateway create(
            ModelSettings settings,
            GuardSettings guard,
            Path cacheDir,
            CacheMode cacheMode,
            RequestTap tap,
            Clock clock) {
        return new GuardedModelGateway(settings, guard, new ResponseCache(cacheDir, cacheMode), tap, clock);
    }

    @Override
    public boolean configured() {
        return settings.configured() || cache.mode() == CacheMode.REPLAY;
    }

    @Override
    public String model() {
        return settings.describe();
    }

    /** HTTP requests sent to the provider so far (retries and repairs included). */
    public long upstreamRequests() {
        return upstreamRequests.get();
    }

    /** The circuit breaker's state, for health and tests. */
    public CircuitBreaker.State breakerState() {
        return guard.breakerState();
    }

    @Override
    public ModelOutcome complete(ModelCall call) {
        Exchange exchange = new Exchange(call, guard.deadline(call.budget()));
        return exchange.ask(exchange.messages());
    }

    @Override
    public <T> StructuredOutcome<T> completeJson(ModelCall call, Function<JsonNode, Validation<T>> check) {
        JsonNode schema = call.prompt()
                .outputSchema()
                .orElseThrow(
                        () -> new IllegalArgumentException(call.prompt().ref() + " does not declare a JSON output"));
        Exchange exchange = new Exchange(call, guard.deadline(call.budget()));
        List<ChatMessage> messages = exchange.messages();
        for (int round = 0; round < 2; round++) {
            ModelOutcome outcome = exchange.ask(messages);
            if (outcome instanceof ModelOutcome.Unavailable unavailable) {
                return new StructuredOutcome.Failed<>(unavailable);
            }
            ModelOutcome.Answered answer = (ModelOutcome.Answered) outcome;
            List<String> problems = new ArrayList<>();
            Optional<T> value = check(answer.text(), schema, check, problems);
            if (value.isPresent()) {
                return new StructuredOutcome.Valid<>(new Parsed<>(value.get(), answer, round == 1));
            }
            LOG.fine(() -> call.prompt().ref() + ": invalid structured reply (" + problems.size() + " problems)");
            messages = exchange.repairRequest(messages, answer.text(), problems);
        }
        return new StructuredOutcome.Failed<>(new ModelOutcome.Unavailable(
                FallbackReason.INVALID_OUTPUT, "the model's reply failed its checks twice"));
    }

    private static <T> Optional<T> check(
            String text, JsonNode schema, Function<JsonNode, Validation<T>> check, List<String> problems) {
        JsonReplies.Reply reply = JsonReplies.parse(text, schema);
        if (!reply.problems().isEmpty()) {
            problems.addAll(reply.problems());
            return Optional.empty();
        }
        Validation<T> verdict = check.apply(reply.json());
        problems.addAll(verdict.problems());
        return verdict.value();
    }

    @Override
    public ModelOutcome stream(ModelCall call, Consumer<String> tokens) {
        Exchange exchange = new Exchange(call, guard.deadline(call.budget()));
        return exchange.stream(tokens);
    }

    @Override
    public void close() {
        guard.close();
    }

    /** One call's state: its masker (so every message of it masks the same way), its deadline and cache key. */
    private final class Exchange {
        private final ModelCall call;
        private final Instant deadline;
        private final PiiMasker masker;
        private final Instant started = clock.instant();

        Exchange(ModelCall call, Instant deadline) {
            this.call = call;
            this.deadline = deadline;
            this.masker = new PiiMasker(call.identifiers());
        }

        List<ChatMessage> messages() {
            return List.of(
                    SystemMessage.from(masker.mask(call.prompt().system())),
                    UserMessage.from(masker.mask(call.prompt().user())));
        }

        List<ChatMessage> repairRequest(List<ChatMessage> sent, String reply, List<String> problems) {
            List<ChatMessage> next = new ArrayList<>(sent);
            next.add(AiMessage.from(masker.mask(reply)));
            next.add(UserMessage.from(masker.mask("Your reply above cannot be used:\n- " + String.join("\n- ", problems)
                    + "\nReply again with the corrected JSON only, in exactly the format you were given.")));
            return next;
        }

        /** Shows the masked request to the tap and returns its recording key. */
        private String sending(List<ChatMessage> messages) {
            tap.sending(
                    call.prompt().ref(),
                    messages.stream().map(GuardedModelGateway::content).toList());
            return ResponseCache.key(
                    model(),
                    call.prompt().ref(),
                    text(messages.subList(0, 1)),
                    text(messages.subList(1, messages.size())));
        }

        ModelOutcome ask(List<ChatMessage> messages) {
            if (!configured()) {
                return new ModelOutcome.Unavailable(FallbackReason.NOT_CONFIGURED, "no model is configured");
            }
            String key = sending(messages);
            Optional<ResponseCache.Entry> recorded = cache.find(key);
            if (recorded.isPresent()) {
                return answered(
                        recorded.get().text(),
                        recorded.get().inputTokens(),
                        recorded.get().outputTokens(),
                        true);
            }
            if (cache.mode() == CacheMode.REPLAY) {
                return unavailable(FallbackReason.REPLAY_MISS, "no recorded response for this call");
            }
            Optional<FallbackReason> refused = guard.admit(call.user());
            if (refused.isPresent()) {
                return unavailable(refused.get(), "the call was not admitted");
            }
            try {
                ChatRequest request = request(messages);
                ModelGuard.Result<ChatResponse> result =
                        guard.call(deadline, () -> models.orElseThrow().chat().chat(request));
                if (result instanceof ModelGuard.Result.Refused<ChatResponse> r) {
                    return unavailable(r.reason(), r.detail());
                }
                ChatResponse response = ((ModelGuard.Result.Ok<ChatResponse>) result).value();
                return recordAndAnswer(key, response.aiMessage().text(), response.tokenUsage());
            } finally {
                guard.release();
            }
        }

        ModelOutcome stream(Consumer<String> tokens) {
            if (!configured()) {
                return new ModelOutcome.Unavailable(FallbackReason.NOT_CONFIGURED, "no model is configured");
            }
            List<ChatMessage> messages = messages();
            String key = sending(messages);
            Optional<ResponseCache.Entry> recorded = cache.find(key);
            if (recorded.isPresent()) {
                ModelOutcome outcome = answered(
                        recorded.get().text(),
                        recorded.get().inputTokens(),
                        recorded.get().outputTokens(),
                        true);
                tokens.accept(((ModelOutcome.Answered) outcome).text());
                return outcome;
            }
            if (cache.mode() == CacheMode.REPLAY) {
                return unavailable(FallbackReason.REPLAY_MISS, "no recorded response for this call");
            }
            Optional<FallbackReason> refused = guard.admit(call.user());
            if (refused.isPresent()) {
                return unavailable(refused.get(), "the call was not admitted");
            }
            try {
                StreamRelay relay = new StreamRelay(guard, models.orElseThrow().streaming(), masker.restorer(), clock);
                StreamRelay.Result result = relay.run(request(messages), deadline, guardSettings.streamIdle(), tokens);
                if (result.failure().isPresent()) {
                    return unavailable(result.failure().get(), result.detail());
                }
                return recordAndAnswer(key, result.maskedText(), result.usage());
            } finally {
                guard.release();
            }
        }

        private ModelOutcome recordAndAnswer(String key, String maskedText, TokenUsage usage) {
            int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
            int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            guard.charge(call.user(), in + out);
            String text = maskedText == null ? "" : maskedText;
            cache.store(new ResponseCache.Entry(key, call.prompt().ref().toString(), model(), text, in, out));
            return answered(text, in, out, false);
        }

        private ModelOutcome answered(String maskedText, int in, int out, boolean replayed) {
            Duration latency = Duration.between(started, clock.instant());
            LOG.fine(() -> call.prompt().ref() + " answered by " + model() + " in " + latency.toMillis() + " ms"
                    + (replayed ? " (replayed)" : ", " + in + "+" + out + " tokens"));
            return new ModelOutcome.Answered(
                    masker.restore(maskedText), call.prompt().ref(), model(), latency, in, out, replayed);
        }

        private ModelOutcome unavailable(FallbackReason reason, String detail) {
            LOG.log(
                    reason == FallbackReason.NOT_CONFIGURED ? Level.FINE : Level.WARNING,
                    () -> call.prompt().ref() + ": model unavailable (" + reason.wireName() + "): " + detail);
            return new ModelOutcome.Unavailable(reason, detail);
        }

        private ChatRequest request(List<ChatMessage> messages) {
            return ChatRequest.builder()
                    .messages(messages)
                    .temperature(call.prompt().temperature())
                    .maxOutputTokens(call.prompt().maxOutputTokens())
                    .build();
        }
    }

    private static String text(List<ChatMessage> messages) {
        StringBuilder sb = new StringBuilder();
        for (ChatMessage message : messages) {
            sb.append(message.type()).append(':').append(content(message)).append('\n');
        }
        return sb.toString();
    }

    private static String content(ChatMessage message) {
        return switch (message) {
            case SystemMessage m -> m.text();
            case UserMessage m -> m.singleText();
            case AiMessage m -> m.text();
            default -> "";
        };
    }
}
