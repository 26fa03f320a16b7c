package dev.interviewcopilot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hiring manager's journey in a real browser against a real server: paste a job description, get a plan with
 * its requirements and coverage matrix, reorder and remove a question (each a new version), and find the exports.
 */
class PlanBuilderJourneyIT {
    private static final String JOB = """
            Senior Backend Engineer, Payments

            You will design and run the services that move money for our customers. Must have: Java, PostgreSQL
            and Apache Kafka in production, and experience designing APIs other teams depend on. Nice to have:
            Kubernetes. You will own services in production and take part in the on-call rotation.
            """;

    private final TestServer server = TestServer.shared();

    @Test
    void should_plan_edit_and_export_from_a_pasted_job_description_on_a_laptop_and_a_tablet() {
        for (int[] size : List.of(new int[] {1366, 900}, new int[] {820, 1180})) {
            try (Browser browser = Browser.open(size[0], size[1])) {
                browser.signIn(server.uri("/"), server.admin());
                PlanBuilderPage.plan(browser, server.uri("/"), JOB);
                WebElement heading = browser.driver.findElement(By.cssSelector("#plan h2"));

                assertThat(heading.getText()).startsWith("Plan v1: backend, senior");
                assertThat(texts(browser, ".requirements li")).anyMatch(t -> t.contains("Apache Kafka"));
                assertThat(texts(browser, "table.matrix tbody th")).contains("Java", "PostgreSQL", "Apache Kafka");
                assertThat(browser.driver.findElement(By.cssSelector(".badge")).getText())
                        .startsWith("offline engine");
                browser.capture("plan-builder-" + size[0] + "x" + size[1]);

                String second =
                        texts(browser, "table.stage tbody tr td:nth-child(2)").get(1);
                browser.driver
                        .findElement(By.cssSelector("button[aria-label='Move question 2 up']"))
                        .click();
                browser.wait.until(
                        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan h2"), "Plan v2"));
                assertThat(texts(browser, "table.stage tbody tr td:nth-child(2)")
                                .get(0))
                        .isEqualTo(second);

                int before = browser.driver
                        .findElements(By.cssSelector("table.stage tbody tr"))
                        .size();
                browser.driver
                        .findElement(By.cssSelector("button[aria-label='Remove question 1']"))
                        .click();
                browser.wait.until(
                        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan h2"), "Plan v3"));
                assertThat(browser.driver.findElements(By.cssSelector("table.stage tbody tr")))
                        .hasSize(before - 1);

                String kit = browser.driver
                        .findElement(By.xpath("//button[text()='printable interview kit']"))
                        .getAttribute("data-export");
                HttpResponse<String> export = server.get(kit);
                assertThat(export.statusCode()).isEqualTo(200);
                assertThat(export.body()).contains("<html");
            }
        }
    }

    @Test
    void should_plan_again_from_confirmed_requirements_and_add_a_question_found_in_the_bank() {
        try (Browser browser = Browser.open(1366, 900)) {
            browser.signIn(server.uri("/"), server.admin());
            PlanBuilderPage.plan(browser, server.uri("/"), JOB);
            assertThat(texts(browser, "table.matrix tbody th")).contains("Kubernetes");

            browser.driver
                    .findElement(By.cssSelector("li[data-requirement='skill:kubernetes'] input[type=checkbox]"))
                    .click();
            browser.driver.findElement(By.id("replan")).click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan h2"), "Plan v2"));

            assertThat(texts(browser, "table.matrix tbody th"))
                    .doesNotContain("Kubernetes")
                    .contains("Apache Kafka");

            browser.driver.findElement(By.id("bank-query")).sendKeys("a client retries a payment and is charged twice");
            browser.driver
                    .findElement(By.cssSelector("#add-from-search button[type=submit]"))
                    .click();
            WebElement add = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    resultsFor("a client retries a payment and is charged twice", "button.add")));
            String question =
                    add.findElement(By.xpath("..")).getText().replace("Add", "").strip();
            add.click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan h2"), "Plan v3"));

            assertThat(texts(browser, "table.stage tbody tr td:nth-child(2)")).anyMatch(t -> t.startsWith(question));

            // Swap the first question for one the bank search offers: same place, new question, a new version.
            String first =
                    texts(browser, "table.stage tbody tr td:nth-child(2)").get(0);
            browser.driver
                    .findElement(By.cssSelector("button[aria-label='Swap question 1 for one from the bank']"))
                    .click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("replacing"), "Choosing a replacement"));
            browser.driver.findElement(By.id("bank-query")).clear();
            browser.driver.findElement(By.id("bank-query")).sendKeys("designing a rate limiter for a public API");
            browser.driver
                    .findElement(By.cssSelector("#add-from-search button[type=submit]"))
                    .click();
            WebElement swapIn = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    resultsFor("designing a rate limiter for a public API", "button.swap-in")));
            String replacement = swapIn.findElement(By.xpath(".."))
                    .getText()
                    .replace("Swap in", "")
                    .strip();
            swapIn.click();
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan h2"), "Plan v4"));
            List<String> rows = texts(browser, "table.stage tbody tr td:nth-child(2)");
            assertThat(rows.get(0)).startsWith(replacement);
            assertThat(rows).noneMatch(t -> t.equals(first));
            browser.capture("plan-builder-edited");
        }
    }

    /**
     * The buttons among the bank search results for {@code query}: swap mode searches once by itself, so waiting for
     * any result could catch the list an instant before the typed query's answer replaces it.
     */
    private static By resultsFor(String query, String button) {
        return By.cssSelector("#add-from-search ul.found[data-query='" + query + "'] " + button);
    }

    @Test
    void should_work_from_the_keyboard_alone() {
        try (Browser browser = Browser.open(1366, 900)) {
            browser.signIn(server.uri("/"), server.admin());
            browser.driver.get(server.uri("/").toString());
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jd")));

            browser.press(Keys.TAB);
            assertThat(browser.focused().getText()).isEqualTo("Skip to content");
            browser.press(Keys.ENTER);
            browser.tabTo("#jd");
            browser.press(JOB);
            browser.tabTo("#make-plan");
            browser.press(Keys.ENTER);
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan h2"), "Plan v1"));

            assertThat(browser.focused().getTagName())
                    .as("focus moves to the new plan")
                    .isEqualTo("h2");
            browser.press(Keys.TAB);
            assertThat(browser.focused().getAttribute("id"))
                    .as("the next stop is a control of the plan")
                    .isNotBlank();
        }
    }

    @Test
    void should_show_the_servers_field_error_when_the_job_description_is_too_short() {
        try (Browser browser = Browser.open(1366, 900)) {
            browser.signIn(server.uri("/"), server.admin());
            browser.driver.get(server.uri("/").toString());
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jd")));

            browser.driver.findElement(By.id("jd")).sendKeys("Java");
            browser.driver.findElement(By.id("make-plan")).click();
            WebElement status =
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.error")));

            assertThat(status.getText()).contains("jobDescription");
            browser.capture("plan-builder-error");
        }
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
