package dev.interviewcopilot.server.assist;

import dev.interviewcopilot.server.TestBank;
import dev.interviewcopilot.server.bank.QuestionItem;
import dev.interviewcopilot.server.compliance.ProtectedTopicLinter;
import dev.interviewcopilot.server.llm.CacheMode;
import dev.interviewcopilot.server.llm.GuardedModelGateway;
import dev.interviewcopilot.server.llm.ModelGateway;
import dev.interviewcopilot.server.llm.ModelSettings;
import dev.interviewcopilot.server.llm.PromptRegistry;
import dev.interviewcopilot.server.llm.ProviderStubs;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The pieces the AI operations are built from, over the real bank, prompts and embedding model. */
final class Assist {
    static final UUID BOOKING = UUID.fromString("6f0c2a8e-3b1d-4c7e-9a52-1d8e4f6b7c90");
    static final Caller CALLER = new Caller("interviewer-1", List.of("Priya Raman", "priya.raman@example.org"));

    private static AnswerAnalyzer analyzer;
    private static PromptRegistry prompts;

    private Assist() {}

    static QuestionItem booking() {
        return TestBank.bank().item(BOOKING).orElseThrow();
    }

    static synchronized AnswerAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new AnswerAnalyzer(SharedModel.embedder());
        }
        return analyzer;
    }

    static synchronized PromptRegistry prompts() {
        if (prompts == null) {
            prompts = PromptRegistry.load(
                    TestBank.promptsDir(), Map.of("probes", 1, "notes", 1, "requirements", 1, "gaps", 1, "judge", 1));
        }
        return prompts;
    }

    static ProtectedTopicLinter linter() {
        return ProtectedTopicLinter.create(TestBank.bank().protectedTopics());
    }

    /** A gateway with no model configured. */
    static ModelGateway offlineGateway(Path cache) {
        return GuardedModelGateway.create(
                ModelSettings.offline(), ProviderStubs.guard(), cache, CacheMode.OFF, Clock.systemUTC());
    }

    static List<AnswerSegment> answer(String text) {
        return List.of(new AnswerSegment("s1", text));
    }
}
