package dev.interviewcopilot.server.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Relays one streamed answer token by token. A stream cannot be retried once tokens have gone out, so it is
 * guarded by the breaker and two clocks instead: the first token must arrive within the call's budget, and after
 * that no gap between tokens may exceed the idle limit. Either timeout cancels the stream (interrupting the read).
 */
final class StreamRelay {
    private final ModelGuard guard;
    private final StreamingChatModel model;
    private final PiiMasker.Restorer restorer;
    private final Clock clock;

    StreamRelay(ModelGuard guard, StreamingChatModel model, PiiMasker.Restorer restorer, Clock clock) {
        this.guard = guard;
        this.model = model;
        this.restorer = restorer;
        this.clock = clock;
    }

    /**
     * How the stream ended.
     *
     * @param maskedText the whole answer as the model sent it (still masked), when it completed
     * @param usage tokens, when the provider reported them
     * @param failure why it did not complete
     * @param detail a safe description of the failure
     */
    record Result(String maskedText, TokenUsage usage, Optional<FallbackReason> failure, String detail) {}

    private sealed interface Event {
        record Token(String text) implements Event {}

        record Done(ChatResponse response) implements Event {}

        record Failed(Throwable error) implements Event {}
    }

    Result run(ChatRequest request, Instant deadline, Duration idle, Consumer<String> tokens) {
        CircuitBreaker breaker = guard.breaker();
        if (!breaker.tryAcquirePermission()) {
            return failed(FallbackReason.CIRCUIT_OPEN, "circuit open");
        }
        long started = System.nanoTime();
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Future<?> stream = guard.executor().submit(() -> model.chat(request, handler(events)));
        StringBuilder text = new StringBuilder();
        boolean anyToken = false;
        try {
            while (true) {
                // Before the first token, the call's deadline; after it, the idle limit from the last token, and
                // never past the deadline: a stream that keeps trickling still ends within the budget.
                Instant now = clock.instant();
                boolean idleFirst = anyToken && now.plus(idle).isBefore(deadline);
                Instant waitUntil = idleFirst ? now.plus(idle) : deadline;
                Event event =
                        events.poll(Math.max(0, Duration.between(now, waitUntil).toMillis()), TimeUnit.MILLISECONDS);
                if (event == null) {
                    stream.cancel(true);
                    breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, new TimeoutException());
                    if (idleFirst) {
                        return failed(FallbackReason.STALLED, "no token for " + idle.toMillis() + " ms");
                    }
                    return failed(
                            FallbackReason.TIMEOUT,
                            anyToken ? "the stream outlasted the budget" : "no first token within the budget");
                }
                switch (event) {
                    case Event.Token token -> {
                        anyToken = true;
                        text.append(token.text());
                        String ready = restorer.accept(token.text());
                        if (!ready.isEmpty()) {
                            tokens.accept(ready);
                        }
                    }
                    case Event.Done done -> {
                        breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                        String rest = restorer.flush();
                        if (!rest.isEmpty()) {
                            tokens.accept(rest);
                        }
                        String full = done.response().aiMessage() != null
                                        && done.response().aiMessage().text() != null
                                ? done.response().aiMessage().text()
                                : text.toString();
                        return new Result(full, done.response().tokenUsage(), Optional.empty(), "");
                    }
                    case Event.Failed failed -> {
                        breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failed.error());
                        return failed(ModelGuard.reason(failed.error()), ModelGuard.describe(failed.error()));
                    }
                }
            }
        } catch (InterruptedException e) {
            stream.cancel(true);
            Thread.currentThread().interrupt();
            return failed(FallbackReason.TIMEOUT, "interrupted");
        } catch (CallNotPermittedException e) {
            return failed(FallbackReason.CIRCUIT_OPEN, "circuit open");
        }
    }

    private static StreamingChatResponseHandler handler(BlockingQueue<Event> events) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                events.add(new Event.Token(partial));
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                events.add(new Event.Done(response));
            }

            @Override
            public void onError(Throwable error) {
                events.add(new Event.Failed(error));
            }
        };
    }

    private static Result failed(FallbackReason reason, String detail) {
        return new Result("", null, Optional.of(reason), detail);
    }
}
