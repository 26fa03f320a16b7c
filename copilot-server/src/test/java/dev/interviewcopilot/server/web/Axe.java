package dev.interviewcopilot.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewcopilot.server.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An accessibility audit of the page a journey is on, by axe-core (the script ships inside Deque's jar on the test
 * class path; nothing is fetched). It checks the WCAG 2.1 A and AA rules axe can decide by itself: labels and names
 * of controls, colour contrast, landmarks, heading order, ARIA use, and so on.
 */
final class Axe {
    private static final String SCRIPT = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then((r) => done(JSON.stringify(r.violations)), (e) => done(JSON.stringify({ error: String(e) })));
            """;

    private Axe() {}

    /** The violations on the page as it is now, one line each: rule, impact, what it means and where. */
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        Object answer = js.executeAsyncScript(RUN);
        try {
            JsonNode result = Json.mapper().readTree(String.valueOf(answer));
            if (result.has("error")) {
                throw new IllegalStateException(
                        "axe-core failed: " + result.path("error").asText());
            }
            List<String> lines = new ArrayList<>();
            for (JsonNode v : result) {
                List<String> where = new ArrayList<>();
                v.path("nodes").forEach(n -> where.add(n.path("target").toString()));
                lines.add(v.path("id").asText() + " (" + v.path("impact").asText() + "): "
                        + v.path("help").asText() + " at " + where);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
