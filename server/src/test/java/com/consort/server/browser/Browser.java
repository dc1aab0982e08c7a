package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A person at a browser, for the persona tests: logs in through {@code /login} as they would, walks the
 * pages at desktop width or at 390 px (a phone), and at each step of the way can {@link #check} the page
 * as the issue asks: a screenshot for a person to look at (under {@code target/screenshots/<test>/}), no
 * console error, no serious or critical axe-core violation, no horizontal overflow.
 *
 * <pre>
 * try (Browser browser = Browser.open(port, "seller")) {
 *     browser.login("demo-seller").assertAt("/chat");
 *     browser.check("start");                  // 01-start.png
 *     browser.mobile().get("/chat");
 *     browser.check("start");                  // 02-start-390.png
 *     browser.logout();
 * }
 * </pre>
 * A test class with several tests keeps one Chromium ({@code @TestInstance(PER_CLASS)}, open it in
 * {@code @BeforeAll}, close it in {@code @AfterAll}) and calls {@link #restart} at the start of each test.
 */
public final class Browser implements AutoCloseable {

    /** The demo users' password (accounts.DemoUsers; public, demo only). */
    public static final String DEMO_PASSWORD = "consort-demo";
    public static final int MOBILE_WIDTH = 390;
    private static final int MOBILE_HEIGHT = 844;
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final HeadlessChromium chromium;
    private final String base;
    private Path screenshots;
    private int step;
    private boolean mobile;

    private Browser(HeadlessChromium chromium, int port) {
        this.chromium = chromium;
        this.base = "http://localhost:" + port;
    }

    /** Chromium at desktop width against the server on this port; screenshots go to target/screenshots/&lt;test&gt;/ (emptied). */
    public static Browser open(int port, String test) {
        Browser browser = new Browser(HeadlessChromium.start(), port);
        browser.screenshotsFor(test);
        return browser;
    }

    /**
     * The same Chromium for the next test (starting one takes seconds): a blank page at desktop width, no
     * cookies (logged out), the console read and dropped, screenshots to target/screenshots/&lt;test&gt;/.
     */
    public Browser restart(String test) {
        driver().get("about:blank");
        driver().executeCdpCommand("Network.clearBrowserCookies", Map.of()); // all sites' cookies, not just the page's
        desktop();
        consoleErrors();
        screenshotsFor(test);
        return this;
    }

    private void screenshotsFor(String test) {
        screenshots = SCREENSHOTS.resolve(test);
        step = 0;
        try {
            if (Files.isDirectory(screenshots)) {
                try (var old = Files.list(screenshots)) {
                    for (Path file : old.filter(Files::isRegularFile).toList()) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return chromium.driver();
    }

    public HeadlessChromium chromium() {
        return chromium;
    }

    /** Opens a path of the server, e.g. "/chat". */
    public Browser get(String path) {
        driver().get(base + path);
        return this;
    }

    /** The current path with its query, e.g. "/login?logout". */
    public String path() {
        URI uri = URI.create(driver().getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Waits up to 20 s for the condition. */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return chromium.waitFor(condition);
    }

    /** Waits until the browser is at this path (query included when given). */
    public Browser assertAt(String expected) {
        waitFor(d -> expected.contains("?") ? path().equals(expected) : path().replaceFirst("\\?.*", "").equals(expected));
        return this;
    }

    public WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    /** Waits for an element to be displayed, and returns it. */
    public WebElement waitForVisible(String css) {
        return waitFor(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Logs in as a demo user (password {@value #DEMO_PASSWORD}). */
    public Browser login(String username) {
        return login(username, DEMO_PASSWORD);
    }

    /** Logs in through the login form; fails, with the page's message, unless it leads away from /login. */
    public Browser login(String username, String password) {
        get("/login");
        find("#username").clear();
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#login-submit").click();
        waitFor(d -> !path().equals("/login"));
        if (path().startsWith("/login")) {
            throw new AssertionError("login as " + username + " failed: "
                    + findAll("#login-error").stream().map(WebElement::getText).findFirst().orElse(path()));
        }
        return this;
    }

    /** Logs out through the account menu, and waits for the login page that says so. */
    public Browser logout() {
        find("header .account summary").click();
        waitForVisible("#logout").click();
        assertAt("/login?logout");
        return this;
    }

    /** The labels of the header's navigation, in order. */
    public List<String> navigation() {
        return findAll(".main-nav a").stream().map(WebElement::getText).toList();
    }

    /** The name the header's account menu shows. */
    public String accountName() {
        return find("header .account .account-name").getText();
    }

    /** Desktop width (1280 x 900). */
    public Browser desktop() {
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver().manage().window().setSize(DESKTOP);
        mobile = false;
        return this;
    }

    /** A phone: 390 px wide, mobile viewport rules; takes effect on the next page load. */
    public Browser mobile() {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", MOBILE_WIDTH,
                "height", MOBILE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        mobile = true;
        return this;
    }

    public boolean isMobile() {
        return mobile;
    }

    /** A PNG of the viewport as target/screenshots/&lt;test&gt;/&lt;nn&gt;-&lt;step&gt;[-390].png; returns its path. */
    public Path screenshot(String name) {
        step++;
        Path file = screenshots.resolve(String.format("%02d-%s%s.png", step, name, mobile ? "-" + MOBILE_WIDTH : ""));
        try {
            Files.createDirectories(screenshots);
            Files.write(file, chromium.screenshotPng());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The console's errors since the last look; reading clears them (take them to expect one). */
    public List<String> consoleErrors() {
        return chromium.consoleErrors();
    }

    public void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("console errors on " + path()).isEmpty();
    }

    /** No serious or critical axe-core violation on the page as it is now. */
    public void assertAccessible() {
        assertThat(Axe.seriousViolations(driver())).as("axe-core violations on " + path()).isEmpty();
    }

    /** Nothing sticks out sideways: the page is no wider than the window (390 px on a phone). */
    public void assertNoHorizontalOverflow() {
        Object overflow = driver().executeScript("""
                const limit = arguments[0] || document.documentElement.clientWidth;
                const width = document.documentElement.scrollWidth;
                if (width <= limit + 1) return null;
                const clipped = (e) => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
                const wide = [...document.querySelectorAll('body *')].filter((e) => {
                  const position = getComputedStyle(e).position;
                  return e.getBoundingClientRect().right > limit + 1
                    && (position === 'absolute' || position === 'fixed' || !clipped(e));
                }).slice(-5).map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
                return width + ' px wide in ' + limit + ' px, sticking out: ' + wide.join(', ');
                """, mobile ? MOBILE_WIDTH : 0);
        assertThat(overflow).as("horizontal overflow on " + path()).isNull();
    }

    /**
     * Waits until the page has loaded and its scripts' requests have stopped (no new resource for half a
     * second), so that what is checked is what a person sees.
     */
    public Browser settle() {
        int[] last = {-1};
        long[] since = {System.nanoTime()};
        waitFor(d -> {
            Object count = driver().executeScript("return document.readyState === 'complete' "
                    + "? performance.getEntriesByType('resource').length : -1");
            int now = ((Number) count).intValue();
            if (now < 0 || now != last[0]) {
                last[0] = now;
                since[0] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - since[0] > 500_000_000L;
        });
        return this;
    }

    /** One step of a tour: once the page settled, the screenshot, then no console error, no overflow and no serious axe violation. */
    public Path check(String name) {
        settle();
        Path shot = screenshot(name);
        assertNoConsoleErrors();
        assertNoHorizontalOverflow();
        assertAccessible();
        return shot;
    }

    @Override
    public void close() {
        chromium.close();
    }
}
