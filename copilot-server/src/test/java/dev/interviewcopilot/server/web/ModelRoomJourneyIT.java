package dev.interviewcopilot.server.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiCall;
import static dev.interviewcopilot.server.llm.ProviderStubs.openAiStream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.llm.ProviderStubs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The interview room with a model behind the service (WireMock speaking the OpenAI API over real HTTP): the probes
 * the model drafts stream in under a badge naming the model; when the provider fails, the offline engine's probes
 * arrive instead under a badge that says so and why.
 */
class ModelRoomJourneyIT {
    private static final String DRAFTED = "If the client retries after a timeout, what stops a second booking?";

    private final WireMockServer model =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private TestServer server;

    @BeforeEach
    void start() {
        model.start();
        model.stubFor(openAiCall()
                .withRequestBody(matchingJsonPath("$[?(@.stream == true)]"))
                .willReturn(openAiStream(List.of(probes().substring(0, 20), probes().substring(20)))));
        server = TestServer.started(ProviderStubs.openAiSettings(model, Map.of()));
    }

    @AfterEach
    void stop() {
        server.stop();
        model.stop();
    }

    @Test
    void should_badge_the_models_probes_and_then_the_offline_engine_with_its_reason_when_the_provider_fails() {
        RoomApi api = new RoomApi(server);
        String id = api.interview("Priya Natarajan");
        api.post(
                "/v1/interviews/" + id + "/transcript",
                Map.of("segments", List.of(Map.of("speaker", "candidate", "text", RoomApi.ANSWER))));
        try (Browser browser = Browser.open(1366, 900)) {
            browser.signIn(server.uri("/"), server.admin());
            browser.driver.get(server.uri("/#/interviews/" + id).toString());
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("suggest")));

            browser.driver.findElement(By.id("suggest")).click();
            WebElement badge = browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#probes h2 .badge.llm")));
            assertThat(badge.getText()).isEqualTo("model openai/test-model");
            WebElement probe = browser.driver.findElement(By.cssSelector("#probes .probe"));
            assertThat(probe.getText()).contains(DRAFTED, "drafted by the model", "Aims at key point");
            browser.capture("interview-room-model-1366x900");

            model.resetMappings();
            model.stubFor(openAiCall().willReturn(aResponse().withStatus(500).withBody("upstream broke")));
            browser.driver
                    .findElement(By.cssSelector("#probes .probe button.dismiss"))
                    .click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#probes summary"), "Earlier probes (1)"));
            browser.driver.findElement(By.id("suggest")).click();
            badge = browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#probes h2 .badge.offline")));
            assertThat(badge.getText()).isEqualTo("offline engine (provider-error)");
            assertThat(browser.driver.findElement(By.id("status")).getText())
                    .isEqualTo("The model did not answer (provider-error); the offline engine drafted these probes"
                            + " instead.");
            assertThat(browser.driver.findElements(By.cssSelector("#probes .probe")))
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getText()).contains("from the bank"));
            browser.capture("interview-room-fallback-1366x900");
        }
    }

    /** One probe at a key point of the booking question, as the model would answer the probes prompt. */
    private static String probes() {
        ObjectNode reply = ProviderStubs.JSON.createObjectNode();
        ObjectNode probe = reply.putArray("probes").addObject().put("text", DRAFTED);
        probe.putObject("target").put("kind", "key-point").put("id", "idempotency-key");
        probe.put("why", "The answer has not shown this yet.");
        return reply.toString();
    }
}
