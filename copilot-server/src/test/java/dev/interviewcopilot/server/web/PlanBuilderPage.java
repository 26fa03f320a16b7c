package dev.interviewcopilot.server.web;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The plan builder's first step, shared by the journeys that start from a plan. */
final class PlanBuilderPage {
    private PlanBuilderPage() {}

    /** Opens the web app at {@code root}, pastes the job description, and waits for the first version of the plan. */
    static void plan(Browser browser, URI root, String job) {
        browser.driver.get(root.toString());
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jd")));
        browser.driver.findElement(By.id("jd")).sendKeys(job);
        browser.driver.findElement(By.id("make-plan")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#plan h2"), "Plan v1"));
    }
}
