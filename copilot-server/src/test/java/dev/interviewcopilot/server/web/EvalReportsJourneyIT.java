package dev.interviewcopilot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.access.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The evaluator's journey in a real browser over the fixture runs in src/test/resources/eval-runs: the list of runs,
 * one run's metrics, gates and failed cases, and two runs side by side with their charts.
 */
class EvalReportsJourneyIT {
    private final TestServer server = TestServer.shared();

    @Test
    void should_list_runs_compare_two_with_charts_and_open_a_failed_case_on_a_laptop_and_a_tablet() {
        for (int[] size : List.of(new int[] {1366, 900}, new int[] {820, 1180})) {
            try (Browser browser = Browser.open(size[0], size[1])) {
                browser.signIn(server.uri("/"), server.admin());
                browser.driver.get(server.uri("/#/evals").toString());
                browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.runs tbody tr"), 2));
                assertThat(browser.driver
                                .findElement(By.cssSelector("table.runs tbody tr"))
                                .getText())
                        .contains("20261121T100000Z-replay", "replay", "0.833", "6 (1)", "failed");

                browser.driver.findElement(By.id("pick-0")).click();
                browser.driver.findElement(By.id("pick-1")).click();
                browser.driver.findElement(By.id("compare-runs")).click();
                WebElement verdict =
                        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
                assertThat(verdict.getText()).isEqualTo("No significant regression in pass-rate.");
                assertThat(browser.driver.findElements(By.cssSelector("svg.chart")))
                        .hasSize(2);
                assertThat(browser.driver.findElements(By.cssSelector("svg.chart circle.mean")))
                        .isNotEmpty();
                assertThat(browser.driver
                                .findElement(By.cssSelector("svg.chart g title"))
                                .getAttribute("textContent"))
                        .as("a metric's figures show on hover")
                        .startsWith("pass-rate: A 1.000, B 0.833");
                assertThat(browser.driver.findElement(By.id("broke")).getText()).contains("ret-002");
                assertThat(browser.driver
                                .findElement(By.cssSelector("table.comparison tbody tr"))
                                .getText())
                        .startsWith("pass-rate 1.000 0.833 -0.167");
                browser.capture("eval-comparison-" + size[0] + "x" + size[1]);

                browser.driver
                        .findElement(By.linkText("20261121T100000Z-replay"))
                        .click();
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failed-only")));
                assertThat(browser.driver.findElements(By.cssSelector("ol.cases > li")))
                        .hasSize(6);
                browser.driver.findElement(By.id("failed-only")).click();
                List<WebElement> failed = browser.driver.findElements(By.cssSelector("ol.cases > li"));
                assertThat(failed).hasSize(1);
                failed.get(0).findElement(By.tagName("summary")).click();
                assertThat(failed.get(0).getText()).contains("ret-002", "hybrid rank 14");
                assertThat(browser.driver
                                .findElement(By.cssSelector("ul.gates"))
                                .getText())
                        .contains("failed");
                browser.capture("eval-run-" + size[0] + "x" + size[1]);
            }
        }
    }

    @Test
    void should_sign_in_compare_two_runs_and_open_a_case_from_the_keyboard_alone() {
        try (Browser browser = Browser.open(1366, 900)) {
            browser.driver.get(server.uri("/#/evals").toString());
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
            assertThat(browser.focused().getAttribute("id"))
                    .as("the token field has the focus")
                    .isEqualTo("token");
            browser.capture("sign-in-1366x900");
            browser.press(server.token(Role.EVALUATOR, "Eve Evaluator"));
            browser.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who-name"), "Eve Evaluator"));
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("table.runs tbody tr"), 2));

            browser.tabTo("#pick-0");
            browser.press(Keys.SPACE);
            browser.tabTo("#pick-1");
            browser.press(Keys.SPACE);
            browser.tabTo("#compare-runs");
            browser.press(Keys.ENTER);
            assertThat(browser.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")))
                            .getText())
                    .isEqualTo("No significant regression in pass-rate.");

            browser.tabTo("a[href$='20261121T100000Z-replay']");
            browser.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failed-only")));
            browser.tabTo("#failed-only");
            browser.press(Keys.SPACE);
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.cases > li"), 1));
            browser.tabTo("ol.cases > li summary");
            browser.press(Keys.ENTER);
            assertThat(browser.driver
                            .findElement(By.cssSelector("ol.cases > li details"))
                            .getAttribute("open"))
                    .isNotNull();
        }
    }
}
