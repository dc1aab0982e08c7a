package com.consort.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * scripts/install-test-deps.sh) for end-to-end tests of the web pages. Never skipped: without the
 * browser the test fails, as the PostgreSQL tests do without PostgreSQL. It records the page's console,
 * so tests can fail on console errors ({@link #consoleErrors()}); {@link Browser} builds on it.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final String BROWSER = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static HeadlessChromium start() {
        if (!Files.isExecutable(Path.of(BROWSER)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new IllegalStateException("Chromium is not installed: run scripts/install-test-deps.sh");
        }
        try {
            Path profile = Files.createTempDirectory("consort-chromium");
            var options = new ChromeOptions().setBinary(BROWSER).addArguments(
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    // this machine has no internet: without these Chromium keeps dialling Google's hosts
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL); // the page's console, read by consoleErrors()
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
                    .usingAnyFreePort().build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new HeadlessChromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits up to 20 s (loaded CI machines are slow) for the condition to hold. */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    public byte[] screenshotPng() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /**
     * The console's errors since the last call (uncaught exceptions, failed loads, CSP violations,
     * console.error, invalid markup such as a bad {@code pattern}), each as "level message"; reading them
     * clears them.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
