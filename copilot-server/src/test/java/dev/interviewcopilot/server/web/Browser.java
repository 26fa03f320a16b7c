package dev.interviewcopilot.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    /** Saves a screenshot as {@code target/e2e/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
