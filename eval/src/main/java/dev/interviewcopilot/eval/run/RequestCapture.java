package dev.interviewcopilot.eval.run;

import dev.interviewcopilot.server.llm.PromptRef;
import dev.interviewcopilot.server.llm.RequestTap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The model requests one case caused, as the gateway's {@link RequestTap} saw them (masked). A case runs on one
 * worker thread; the scope is inherited by threads that worker starts (gap drafts run on virtual threads), so
 * requests are attributed to their case even when cases run in parallel.
 */
public final class RequestCapture implements RequestTap {
    private final InheritableThreadLocal<List<Request>> scope = new InheritableThreadLocal<>();

    /**
     * One captured request.
     *
     * @param prompt the prompt version
     * @param messages the masked messages: system first, then user (and any repair round)
     */
    public record Request(PromptRef prompt, List<String> messages) {
        /** The system message: the instructions. */
        public String system() {
            return messages.isEmpty() ? "" : messages.get(0);
        }

        /** Everything the request carries. */
        public String text() {
            return String.join("\n", messages);
        }
    }

    /**
     * What {@code work} returned and the requests it caused.
     *
     * @param value the result
     * @param requests the masked requests, in the order they were sent
     */
    public record Captured<T>(T value, List<Request> requests) {}

    @Override
    public void sending(PromptRef prompt, List<String> messages) {
        List<Request> requests = scope.get();
        if (requests != null) {
            synchronized (requests) {
                requests.add(new Request(prompt, List.copyOf(messages)));
            }
        }
    }

    /** Runs {@code work}, collecting the requests it (and threads it starts) sends. */
    public <T> Captured<T> during(Supplier<T> work) {
        List<Request> requests = new ArrayList<>();
        List<Request> outer = scope.get();
        scope.set(requests);
        try {
            T value = work.get();
            synchronized (requests) {
                return new Captured<>(value, List.copyOf(requests));
            }
        } finally {
            scope.set(outer);
        }
    }
}
