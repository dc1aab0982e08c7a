package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import com.consort.server.accounts.Users;
import com.consort.server.security.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The studio page in a real browser: log in, story, generate, claims with sources, edit; hostile story text stays text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "consort.demo-data=false")
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
class StudioPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    DocumentIngestor ingestor;
    @Autowired
    Users users;

    @Test
    void marketingGeneratesEditsAndSeesClaimsWithSources() throws Exception {
        String story = """
                # Kestrel Labs <script>window.pwned=1</script> cuts reporting time by 40%

                - Customer: Kestrel Labs
                - Industry: Technology
                - Country: Ireland
                - Orbitly products: Orbitly Dashboards

                ## The challenge

                Kestrel Labs spent 12 hours a week on status reports across 9 teams.

                ## The solution

                Kestrel Labs moved every team to Orbitly Dashboards <img src=x onerror="window.pwned=2"> in 6 weeks.

                ## The results

                Within the first year, Kestrel Labs reported:

                - Reporting time down 40%.
                - All 9 teams on one dashboard.

                > "We finally see the whole portfolio in one place."
                >
                > — Ana Ruiz, Head of Operations, Kestrel Labs
                """;
        ingestor.ingest(new DocumentIngestor.Upload(story.getBytes(StandardCharsets.UTF_8), "kestrel.md",
                DocumentKind.CASE_STUDY, null, null));
        users.create("studio-marketer", "Sam Studio", null, Role.MARKETING, null, null, "studio-password-123");

        try (var browser = Browser.open(port, "studio")) {
            var driver = browser.driver();
            browser.login("studio-marketer", "studio-password-123").get("/studio");
            browser.waitFor(d -> d.findElements(By.cssSelector("#story option")).size() > 0);
            browser.check("stories");
            new Select(driver.findElement(By.id("asset-type"))).selectByValue("one_pager");
            driver.findElement(By.id("generate")).click();
            browser.waitFor(d -> d.findElement(By.id("draft")).isDisplayed());
            browser.check("draft");

            assertThat(driver.findElement(By.id("submittable")).getText()).contains("Ready to submit");
            String claims = driver.findElement(By.id("claims")).getText();
            assertThat(claims).contains("40%").contains("source");
            assertThat(driver.findElement(By.id("provenance")).getText()).contains("studio.one-pager@v1");
            assertThat(driver.findElement(By.id("section-headline")).getAttribute("value")).contains("<script>");

            var cta = driver.findElement(By.id("section-cta"));
            cta.clear();
            cta.sendKeys("Talk to Orbitly: 75% faster, guaranteed.");
            driver.findElement(By.id("save")).click();
            browser.waitFor(d -> d.findElement(By.id("draft-meta")).getText().contains("Version 2"));
            assertThat(driver.findElement(By.id("submittable")).getText()).contains("Not submittable");
            assertThat(driver.findElements(By.cssSelector("#claims li.unsupported"))).isNotEmpty();
            assertThat(driver.findElement(By.id("findings")).getText()).contains("banned term");
            browser.check("edited");

            // nothing from the story ran, in the page or in the sandboxed preview
            Object pwned = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.pwned === undefined");
            assertThat(pwned).isEqualTo(true);

            // the exports are links that download with the session
            assertThat(driver.findElements(By.cssSelector("#exports a[download]"))).extracting(e -> e.getText())
                    .containsExactly("Export html", "Export pdf");

            browser.mobile().get("/studio");
            browser.waitFor(d -> d.findElements(By.cssSelector("#story option")).size() > 0);
            browser.check("studio");
        }
    }
}
