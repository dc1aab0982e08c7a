package com.consort.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.browser.Browser;
import com.consort.server.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The login and review pages in a real headless Chromium: log in, find the draft in the queue, request changes, approve. */
class ReviewBrowserTest extends ReviewTestSupport {

    @Test
    void marketingLogsInAndReviewsADraftBesideItsStory() throws Exception {
        String username = "browser-marketer-" + System.nanoTime();
        users.create(username, "Mara Marketing", null, Role.MARKETING, null, null, PASSWORD);
        String id = newDraft(fixture.partnerA(), fixture.storyA());
        assertThat(act(id, "submit", fixture.partnerA(), null).status()).isEqualTo(200);
        assertThat(call("POST", "/api/review/drafts/" + id + "/comments", fixture.partnerA(),
                "{\"body\":\"<script>document.title='owned'</script> please check\"}").status()).isEqualTo(201);
        String base = "http://localhost:" + port;

        try (var browser = Browser.open(port, "review")) {
            WebDriver driver = browser.driver();
            driver.get(base + "/review");
            browser.waitFor(ExpectedConditions.urlContains("/login"));

            // a wrong password first: the form says so, in an alert
            login(driver, username, "wrong-password-123");
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
            login(driver, username, PASSWORD);
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("queue"))); // back where the login began
            assertThat(browser.accountName()).isEqualTo("Mara Marketing");
            browser.check("queue");

            driver.findElement(By.cssSelector("#queue a[href='/review/" + id + "']")).click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("review-root")));
            assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("in review");
            // the draft beside its story, claims highlighted and linked to their passages
            assertThat(driver.findElements(By.cssSelector("#draft mark.claim"))).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector("#draft mark.claim.unsupported"))).isEmpty();
            assertThat(driver.findElement(By.id("story")).getText()).contains("Oakham Creative");
            assertThat(driver.findElements(By.cssSelector("#story p.cited"))).isNotEmpty();
            // a comment with markup is shown as text and does nothing
            assertThat(driver.findElement(By.id("comments")).getText()).contains("<script>document.title='owned'</script>");
            assertThat(driver.getTitle()).doesNotContain("owned");
            browser.check("draft");

            // request changes without a comment: the page asks for one; then with one
            driver.findElement(By.id("request-changes")).click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("action-message")));
            driver.findElement(By.id("decision-text")).sendKeys("Name the customer in the first line");
            driver.findElement(By.id("request-changes")).click();
            browser.waitFor(ExpectedConditions.textToBe(By.id("state"), "changes requested"));
            assertThat(driver.findElement(By.id("comments")).getText()).contains("Name the customer in the first line");
            browser.check("changes-requested");

            // the partner submits again; one click approves the version in review
            assertThat(act(id, "submit", fixture.partnerA(), null).status()).isEqualTo(200);
            driver.navigate().refresh();
            browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("approve")));
            driver.findElement(By.id("approve")).click();
            browser.waitForVisible("#confirm-ok").click(); // approving asks first
            browser.waitFor(ExpectedConditions.textToBe(By.id("state"), "approved"));
            assertThat(state(id).get("approvedVersion").asInt()).isEqualTo(1);
            assertThat(state(id).get("approvedBy").asString()).startsWith("user:");

            browser.check("approved");
            browser.mobile().get("/review/" + id);
            browser.check("approved");

            // logging out ends the session
            browser.logout();
            driver.get(base + "/review/" + id);
            browser.waitFor(ExpectedConditions.urlContains("/login"));
        }
    }

    private static void login(WebDriver driver, String username, String password) {
        var user = driver.findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }
}
