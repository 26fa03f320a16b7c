package dev.interviewcopilot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's ChromeDriver, for the end-to-end journeys. Nothing is downloaded:
 * both come from the machine ({@code .ci/run} installs them). On a developer machine without them the journeys
 * are skipped with a message saying what to install; on CI ({@code CI} set) their absence fails the build.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go: the module's build directory. */
    static final Path SCREENSHOTS = Path.of("target", "e2e");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.profile = profile;
    }

    /** A browser with a window of the given size (a laptop: 1366 x 900; a tablet: 820 x 1180). */
    static Browser open(int width, int height) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("browser journeys need Debian's chromium and chromium-driver:"
                    + " sudo apt-get install chromium chromium-driver (CI installs them)");
        }
        if (!present) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        try {
            Path profile = Files.createTempDirectory("copilot-e2e-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--user-data-dir=" + profile,
                            "--window-size=" + width + "," + height);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signs in through the page's form with an API token: the tab keeps it (sessionStorage) for every page opened
     * on the same server afterwards.
     */
    void signIn(URI root, String token) {
        driver.get(root.resolve("/").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        driver.findElement(By.id("token")).sendKeys(token + "\n");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
    }

    /**
     * Saves a screenshot as {@code target/e2e/<name>.png}, then checks the view as its user meets it: it fits the
     * window's width (readable without scrolling sideways, on a laptop as on a tablet) and axe-core finds no WCAG
     * 2.1 A or AA violation in it.
     */
    Path capture(String name) {
        Path file;
        try {
            Files.createDirectories(SCREENSHOTS);
            file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).longValue())
                .as("%s scrolls sideways by that many pixels (see %s)", name, file)
                .isLessThanOrEqualTo(0);
        assertThat(Axe.violations(driver))
                .as("accessibility of %s (see %s)", name, file)
                .isEmpty();
        return file;
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches {@code css}; fails after 80 presses. */
    WebElement tabTo(String css) {
        Actions keys = new Actions(driver);
        for (int i = 0; i < 80; i++) {
            WebElement now = focused();
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver)
                    .executeScript("return arguments[0].matches(arguments[1])", now, css))) {
                return now;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + css);
    }

    /** Presses a key on whatever has the focus. */
    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary profile left behind is harmless.
        }
    }
}
