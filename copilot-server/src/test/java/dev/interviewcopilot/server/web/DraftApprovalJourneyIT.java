package dev.interviewcopilot.server.web;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.access.Role;
import dev.interviewcopilot.server.llm.ProviderStubs;
import dev.interviewcopilot.server.questionset.DraftingModelStub;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hiring manager approves a question the model drafted for a gap in the bank, in a real browser against a
 * server whose model is a WireMock stub of the OpenAI API: the plan marks the draft, the approval needs a name,
 * and afterwards the question is in the bank as a reviewed item.
 */
class DraftApprovalJourneyIT {
    private static final String JOB = """
            Senior Backend Engineer, Finance Platform

            You will build the services behind our ledger. Must have: Java, PostgreSQL, and ledger tessellation
            between our two systems of record. You will own services in production.
            """;
    private static final String DRAFTED =
            "How would you run " + DraftingModelStub.UNKNOWN + " between two systems of record every night?";

    private static final WireMockServer model =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private static TestServer server;

    @BeforeAll
    static void start() {
        model.start();
        server = TestServer.started(ProviderStubs.openAiSettings(model, Map.of()));
    }

    @AfterAll
    static void stop() {
        server.stop();
        model.stop();
    }

    @Test
    void should_mark_a_drafted_question_and_approve_it_into_the_bank() {
        DraftingModelStub.stub(model, TestServer.shared(), JOB, DRAFTED);
        try (Browser browser = Browser.open(1366, 900)) {
            // A hiring manager plans and reviews: the approval records whoever is signed in.
            browser.signIn(server.uri("/"), server.token(Role.HIRING_MANAGER, "Dana Reviewer"));
            assertThat(browser.driver.findElement(By.id("who-name")).getText())
                    .isEqualTo("Dana Reviewer (hiring-manager)");
            PlanBuilderPage.plan(browser, server.uri("/"), JOB);
            assertThat(browser.driver.findElement(By.cssSelector(".badge")).getText())
                    .startsWith("model");

            WebElement row = browser.driver.findElement(
                    By.xpath("//table[contains(@class,'stage')]//tr[.//span[contains(@class,'drafted')]]"));
            assertThat(row.getText()).contains(DRAFTED, "drafted: needs review");
            browser.capture("plan-builder-drafted");

            assertThat(browser.driver.findElement(By.cssSelector(".card.warn")).getText())
                    .contains("Approving records you (Dana Reviewer) as the reviewer.");
            row.findElement(By.cssSelector("button.approve")).click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan h2"), "Plan v2"));
            assertThat(browser.driver.findElements(By.cssSelector("span.drafted")))
                    .isEmpty();
            assertThat(browser.driver.findElement(By.cssSelector("table.stage")).getText())
                    .contains(DRAFTED);
        }
        assertThat(server.get("/v1/questions?q=" + DraftingModelStub.UNKNOWN.replace(" ", "+"))
                        .body())
                .contains(DRAFTED);
    }
}
