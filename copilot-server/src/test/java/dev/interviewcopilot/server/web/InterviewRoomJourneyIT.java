package dev.interviewcopilot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.TestServer;
import dev.interviewcopilot.server.access.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The interviewer's journey in a real browser against a real server on the offline engine: the room shows the
 * current question's guide; what a speech-to-text tool appends through the API shows up live; probes stream in and
 * are marked used or dismissed; draft notes are edited, confirmed and rejected; the scorecard is filled, signed and
 * submitted with the confirmed note beside it.
 */
class InterviewRoomJourneyIT {
    private static final String EDITED = "Locks the room row in a transaction; answers 409 naming the clash.";
    private static final String AMENDMENT_REASON = "Re-read my notes: the ownership evidence was stronger.";

    private final TestServer server = TestServer.shared();
    private final RoomApi api = new RoomApi(server);

    @Test
    void should_run_an_interview_from_live_transcript_to_a_signed_scorecard_on_a_laptop() {
        String id = api.interview("Priya Natarajan");
        try (Browser browser = Browser.open(1366, 900)) {
            browser.signIn(server.uri("/"), server.admin());
            browser.driver.get(server.uri("/#/interviews/" + id).toString());
            WebElement heading = browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current-question h2")));
            assertThat(heading.getText()).contains("booking a meeting room");
            assertThat(texts(browser, ".key-points li")).hasSizeGreaterThanOrEqualTo(3);
            assertThat(texts(browser, ".red-flags li")).isNotEmpty();
            assertThat(texts(browser, "table.rubric th")).contains("1-3", "9-10");

            // The interviewer types their own question; the speech-to-text tool sends the answer through the API.
            new Select(browser.driver.findElement(By.id("segment-speaker"))).selectByValue("interviewer");
            browser.driver.findElement(By.id("segment-text")).sendKeys(RoomApi.QUESTION);
            browser.driver.findElement(By.id("add-to-transcript")).click();
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#transcript li"), 1));
            api.post(
                    "/v1/interviews/" + id + "/transcript",
                    Map.of("segments", List.of(Map.of("speaker", "candidate", "text", RoomApi.ANSWER))));
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "select for update"));

            // Probes arrive by themselves once the candidate has spoken, with target, source and the engine badge.
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#probes .probe")));
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#probes h2"), "offline engine"));
            List<WebElement> probes = browser.driver.findElements(By.cssSelector("#probes .probe"));
            assertThat(probes).hasSizeBetween(1, 3);
            assertThat(probes.get(0).getText()).contains("Aims at").containsAnyOf("from the bank", "drafted by");
            int open = probes.size();
            probes.get(0).findElement(By.cssSelector("button.use")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#probes summary"), "Earlier probes (1)"));
            if (open > 1) {
                browser.driver
                        .findElement(By.cssSelector("#probes .probe button.dismiss"))
                        .click();
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#probes summary"), "Earlier probes (2)"));
            }

            // Draft notes: edit and confirm the first, reject the second if there is one.
            browser.driver.findElement(By.id("draft-notes")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notes .note")));
            List<WebElement> notes = browser.driver.findElements(By.cssSelector("#notes .note"));
            assertThat(notes.get(0).findElement(By.cssSelector(".evidence")).getText())
                    .contains("(s2)");
            WebElement text = notes.get(0).findElement(By.tagName("textarea"));
            text.clear();
            text.sendKeys(EDITED);
            notes.get(0).findElement(By.cssSelector("button.confirm")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#notes .decided-notes"), EDITED));
            if (notes.size() > 1) {
                browser.driver
                        .findElement(By.cssSelector("#notes .note button.reject"))
                        .click();
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#notes .decided-notes"), "rejected"));
            }
            browser.capture("interview-room-1366x900");

            // The scorecard: the confirmed note is there as evidence; fill what is required, sign and submit.
            browser.driver.findElement(By.id("open-scorecard")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submit-scorecard")));
            assertThat(browser.driver
                            .findElement(By.cssSelector("#scorecard details"))
                            .getText())
                    .contains(EDITED);
            fillRequired(browser);
            browser.driver.findElement(By.id("submit-scorecard")).click();
            WebElement signed = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signature")));
            assertThat(signed.getText()).startsWith("Signed by Priya Natarajan");
            assertThat(browser.driver.findElements(By.id("save-scorecard"))).isEmpty();
            browser.capture("scorecard-signed-1366x900");

            // Submitted, it changes only by a signed amendment with a reason; the server names a missing reason.
            browser.driver.findElement(By.id("amend-scorecard")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-amendment")));
            assertThat(browser.driver
                            .findElement(By.cssSelector("#scorecard .meta"))
                            .getText())
                    .startsWith("Submitted, amending · version");
            new Select(browser.driver.findElement(By.id("field-ownership-rating"))).selectByValue("9");
            browser.driver.findElement(By.id("sign-amendment")).click();
            browser.wait.until(ExpectedConditions.attributeToBe(By.id("amend-reason"), "aria-invalid", "true"));
            assertThat(browser.driver.findElement(By.id("status")).getText()).contains("reason");
            browser.driver.findElement(By.id("amend-reason")).sendKeys(AMENDMENT_REASON);
            browser.driver.findElement(By.id("sign-amendment")).click();
            WebElement amendments =
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("amendments")));
            assertThat(amendments.getText())
                    .contains("Amendments (1)", "Signed by Priya Natarajan", AMENDMENT_REASON)
                    .contains("Ownership and delivery (1-10): 9");
            assertThat(new Select(browser.driver.findElement(By.id("field-ownership-rating")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("9");
            browser.capture("scorecard-amended-1366x900");
        }
        JsonNode card = api.get("/v1/interviews/" + id + "/scorecard");
        assertThat(card.path("status").asText()).isEqualTo("submitted");
        assertThat(card.path("amendments")).hasSize(1);
        assertThat(card.path("amendments").get(0).path("reason").asText()).isEqualTo(AMENDMENT_REASON);
        assertThat(card.path("amendments").get(0).path("values").properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("ownership-rating");
        assertThat(card.path("confirmedNotes").findValuesAsText("text")).contains(EDITED);
        JsonNode probes = api.get("/v1/interviews/" + id + "/probes");
        assertThat(probes.path("probes").findValuesAsText("status")).contains("used");
    }

    @Test
    void should_schedule_an_interview_from_the_form_and_open_its_room_on_a_tablet() {
        try (Browser browser = Browser.open(820, 1180)) {
            // An interviewer sees only the interviews section, and schedules interviews they run themselves.
            browser.signIn(server.uri("/"), server.token(Role.INTERVIEWER, "Lee Tablet"));
            assertThat(texts(browser, "header.top nav li:not([hidden]) a")).containsExactly("Interviews");
            browser.driver.get(server.uri("/#/interviews").toString());
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("candidate-name")));
            browser.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#role option[value=backend]")));
            type(browser, "candidate-name", "Sam Okafor");
            type(browser, "candidate-email", "sam.okafor@example.org");
            type(browser, "position", "Backend Engineer");
            type(browser, "stage", "Technical screen");
            assertThat(browser.driver.findElement(By.id("interviewer")).getAttribute("value"))
                    .isEqualTo("Lee Tablet");
            new Select(browser.driver.findElement(By.id("role"))).selectByValue("backend");
            new Select(browser.driver.findElement(By.id("seniority"))).selectByValue("senior");
            browser.capture("schedule-interview-820x1180");
            browser.driver.findElement(By.id("create-interview")).click();

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current-question h2")));
            assertThat(browser.driver
                            .findElement(By.cssSelector(".room-head h1"))
                            .getText())
                    .isEqualTo("Sam Okafor: Backend Engineer");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#current-question h2"))
                            .getText())
                    .isEqualTo("No question is current");

            // Without a plan the interviewer finds a question in the bank and asks it; it joins the list as current.
            browser.driver
                    .findElement(By.id("room-bank-query"))
                    .sendKeys("two bookings of one room at the same time\n");
            browser.wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#room-bank-search button.ask")));
            browser.driver
                    .findElement(By.cssSelector("#room-bank-search button.ask"))
                    .click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#current-question h2"), "meeting room"));
            WebElement asked = browser.driver.findElement(By.cssSelector(".question-link"));
            assertThat(asked.getAttribute("aria-current")).isEqualTo("step");
            assertThat(texts(browser, ".key-points li")).isNotEmpty();
            browser.capture("interview-room-820x1180");

            browser.driver.get(server.uri("/#/interviews").toString());
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("my-interviews"), "Sam Okafor: Backend Engineer"));
            browser.capture("interviews-820x1180");
        }
    }

    @Test
    void should_decide_probes_and_notes_and_save_the_scorecard_from_the_keyboard_alone() {
        String id = api.interview("Priya Natarajan");
        api.post(
                "/v1/interviews/" + id + "/transcript",
                Map.of(
                        "segments",
                        List.of(
                                Map.of("speaker", "interviewer", "text", RoomApi.QUESTION),
                                Map.of("speaker", "candidate", "text", RoomApi.ANSWER))));
        try (Browser browser = Browser.open(1366, 900)) {
            browser.signIn(server.uri("/"), server.admin());
            browser.driver.get(server.uri("/#/interviews/" + id).toString());
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "select for update"));

            browser.tabTo("#suggest");
            browser.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#probes .probe")));
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("suggest")));
            browser.tabTo("#probes .probe button.use");
            browser.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#probes summary"), "Earlier probes (1)"));

            browser.tabTo("#draft-notes");
            browser.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notes .note")));
            assertThat(browser.focused().getTagName())
                    .as("focus moves to the first draft note's text")
                    .isEqualTo("textarea");
            browser.tabTo("#notes .note button.confirm");
            browser.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#notes .decided-notes"), "confirmed"));

            browser.tabTo("#open-scorecard");
            browser.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-scorecard")));
            browser.tabTo("#field-ownership-rating");
            browser.press("8");
            browser.tabTo("#save-scorecard");
            browser.press(Keys.ENTER);
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Saved (version 1)"));
        }
        assertThat(api.get("/v1/interviews/" + id + "/probes").path("probes").findValuesAsText("status"))
                .contains("used");
        assertThat(api.get("/v1/interviews/" + id + "/notes").path("notes").findValuesAsText("status"))
                .contains("confirmed");
        assertThat(api.get("/v1/interviews/" + id + "/scorecard")
                        .path("values")
                        .path("ownership-rating")
                        .asInt())
                .isEqualTo(8);
    }

    @Test
    void should_let_the_hiring_manager_follow_a_planned_interview_without_changing_it_on_a_tablet() {
        String manager = server.token(Role.HIRING_MANAGER, "Morgan Lead");
        JsonNode set = api.post("/v1/question-sets", Map.of("jobDescription", RoomApi.job("senior-backend")), manager);
        JsonNode stage = set.path("plan").path("stages").get(0);
        List<String> planned = stage.path("questions").findValuesAsText("questionId");
        assertThat(planned).hasSizeGreaterThan(1);
        String id = api.post(
                        "/v1/interviews",
                        Map.of(
                                "candidate",
                                Map.of("name", "Ari Example", "email", "ari@example.org"),
                                "position",
                                "Senior Backend Engineer",
                                "interviewer",
                                "Priya Natarajan",
                                "date",
                                "2026-11-23",
                                "stage",
                                stage.path("id").asText(),
                                "questionSetId",
                                set.path("id").asText()))
                .path("id")
                .asText();
        api.post(
                "/v1/interviews/" + id + "/transcript",
                Map.of("segments", List.of(Map.of("speaker", "candidate", "text", RoomApi.ANSWER))));

        try (Browser browser = Browser.open(820, 1180)) {
            browser.signIn(server.uri("/"), manager);
            browser.driver.get(server.uri("/#/interviews/" + id).toString());
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("read-only")));
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "select for update"));
            List<String> shown = texts(browser, ".question-link");
            assertThat(shown).as("the plan's questions, in its order").hasSize(planned.size());
            for (int n = 0; n < planned.size(); n++) {
                String question = api.get("/v1/questions/" + planned.get(n))
                        .path("question")
                        .asText();
                assertThat(shown.get(n))
                        .startsWith((n + 1) + ". " + question.substring(0, Math.min(40, question.length())));
            }
            for (String control :
                    List.of("#add-segment", "#suggest", "#draft-notes", "#room-bank-search", "button.use")) {
                assertThat(browser.driver.findElements(By.cssSelector(control)))
                        .as("a reader has no %s", control)
                        .isEmpty();
            }

            // What the interviewer is offered and decides shows up by itself.
            assertThat(browser.driver.findElements(By.cssSelector("#probes .probe")))
                    .isEmpty();
            JsonNode suggested = api.send("POST", "/v1/interviews/" + id + "/follow-ups", Map.of(), 200);
            assertThat(suggested.path("probes")).isNotEmpty();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#probes .probe")));
            assertThat(browser.driver.findElements(By.cssSelector("#probes .probe button")))
                    .isEmpty();

            // The room follows the interviewer to the next question: what is said next is said under it.
            api.put("/v1/interviews/" + id + "/current-question", Map.of("questionId", planned.get(1)));
            api.post(
                    "/v1/interviews/" + id + "/transcript",
                    Map.of("segments", List.of(Map.of("speaker", "interviewer", "text", "Next question."))));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(question(2), "being asked"));
            browser.wait.until(ExpectedConditions.attributeToBe(question(2), "aria-current", "step"));

            // Looking back at the first question leaves the interview on the question the interviewer is asking.
            browser.driver.findElement(question(1)).click();
            browser.wait.until(ExpectedConditions.attributeToBe(question(1), "aria-current", "step"));
            assertThat(browser.driver.findElement(question(2)).getText())
                    .as("the question the interviewer is on stays marked")
                    .endsWith("being asked");
            browser.capture("interview-room-read-only-820x1180");

            browser.driver.findElement(By.id("open-scorecard")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scorecard-form")));
            assertThat(browser.driver
                            .findElement(By.cssSelector("#scorecard .meta"))
                            .getText())
                    .startsWith("Draft · version 0");
            assertThat(browser.driver.findElements(By.cssSelector("#scorecard #read-only")))
                    .hasSize(1);
            assertThat(browser.driver.findElements(
                            By.cssSelector("#save-scorecard, #submit-scorecard, #amend-scorecard")))
                    .isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#scorecard-form select:not([disabled])")))
                    .isEmpty();
            browser.capture("scorecard-read-only-820x1180");
        }
        assertThat(api.get("/v1/interviews/" + id).path("currentQuestionId").asText())
                .isEqualTo(planned.get(1));
        assertThat(api.get("/v1/interviews/" + id + "/audit").path("events").findValuesAsText("actor"))
                .doesNotContain("Morgan Lead");
    }

    /** The room's button for the n-th question of the list, from 1. */
    private static By question(int n) {
        return By.cssSelector("nav.questions li:nth-child(" + n + ") .question-link");
    }

    /** Every required control still empty gets a plausible value: a 7 on scales, the first option, some text. */
    private static void fillRequired(Browser browser) {
        for (WebElement field : browser.driver.findElements(By.cssSelector("#scorecard-form [required]"))) {
            String tag = field.getTagName();
            if (tag.equals("select")) {
                Select select = new Select(field);
                if (select.getFirstSelectedOption().getAttribute("value").isEmpty()) {
                    boolean scale = select.getOptions().stream()
                            .anyMatch(o -> o.getText().equals("7"));
                    if (scale) {
                        select.selectByValue("7");
                    } else {
                        select.selectByIndex(1);
                    }
                }
            } else if (field.getAttribute("value").isEmpty()) {
                ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", field);
                field.sendKeys(field.getAttribute("type").equals("date") ? "11232026" : "Heard in the interview.");
            }
        }
    }

    private static void type(Browser browser, String id, String text) {
        browser.driver.findElement(By.id(id)).sendKeys(text);
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
