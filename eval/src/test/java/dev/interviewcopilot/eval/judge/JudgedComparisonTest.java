package dev.interviewcopilot.eval.judge;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.interviewcopilot.eval.EvalCli;
import dev.interviewcopilot.eval.ModelStubs;
import dev.interviewcopilot.eval.check.CaseResult;
import dev.interviewcopilot.eval.report.Reports;
import dev.interviewcopilot.eval.run.RunResult;
import dev.interviewcopilot.server.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval compare --judge} against a judge model on WireMock: each pair is asked both ways round, a verdict
 * counts only when both orders agree, and a judge that always prefers the first position decides nothing.
 */
class JudgedComparisonTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private WireMockServer model;
    private Path config;

    @BeforeEach
    void start() throws IOException {
        model = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        model.start();
        config = Files.writeString(dir.resolve("judge.yaml"), """
                copilot:
                  model:
                    provider: openai
                    url: http://127.0.0.1:%d/v1
                    name: judge-model
                """.formatted(model.port()));
    }

    @AfterEach
    void stop() {
        model.stop();
    }

    @Test
    void should_count_a_verdict_only_when_both_orders_agree() throws IOException {
        // A judge that reads the outputs: whichever holds the word GOOD is better; with none, it says "second".
        stubJudge(1, "(?s).*<first>(?:(?!</first>).)*GOOD.*", "first");
        stubJudge(2, "(?s).*", "second");

        String report = compare();

        assertThat(model.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))))
                .as("identical outputs tie without a call")
                .hasSize(6);
        assertThat(report)
                .contains("| 4 | 1 | 1 | 1 | 1 | 0 | 0.667 |")
                .contains("| c1 | A |", "| c2 | B |", "| c3 | inconsistent |", "| c4 | TIE |");
    }

    @Test
    void should_let_a_judge_that_favours_a_position_decide_nothing() throws IOException {
        stubJudge(1, "(?s).*", "first");

        String report = compare();

        assertThat(report).contains("| 4 | 0 | 0 | 1 | 3 | 0 | 0.000 | +0.000");
    }

    private String compare() throws IOException {
        Path a = write("a", List.of("GOOD probe", "weak probe", "weak probe", "same probe"));
        Path b = write("b", List.of("weak probe", "GOOD probe", "another weak probe", "same probe"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = EvalCli.run(
                new String[] {
                    "compare",
                    a.toString(),
                    b.toString(),
                    "--judge",
                    "--engine",
                    "live",
                    "--config",
                    config.toString(),
                    "--recordings",
                    dir.resolve("recordings").toString()
                },
                ROOT,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(report).isZero();
        assertThat(report).contains("Judged by openai/judge-model with judge@2#");
        return report;
    }

    private void stubJudge(int priority, String body, String better) {
        ObjectNode reply =
                Json.mapper().createObjectNode().put("better", better).put("reason", "as the test says");
        model.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .atPriority(priority)
                .withRequestBody(matching(body))
                .willReturn(ModelStubs.openAiAnswer(reply.toString())));
    }

    private Path write(String name, List<String> probes) throws IOException {
        List<CaseResult> cases = new java.util.ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            ObjectNode output = Json.mapper().createObjectNode().put("probes-engine", "llm");
            output.putArray("probes").addObject().put("text", probes.get(i));
            cases.add(new CaseResult(
                    "c" + (i + 1), "case " + (i + 1), true, List.of(), Map.of(), output, 1, Optional.empty()));
        }
        RunResult run = new RunResult(
                "judge-check", 1, "judged", "probes", "live", Instant.EPOCH, 1, Map.of(), List.of(), true, cases);
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, Reports.json(run));
        return file;
    }
}
