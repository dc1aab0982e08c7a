package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.DemoServerTest;
import com.consort.server.testing.WebClient;
import com.consort.studio.Drafts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The partner marketer's job in the browser: logs in as demo-partner, finds an empty story library that
 * says what to do, uploads a story, generates a one-pager (a double click makes one draft), reopens it
 * by its address after a reload, submits it; after marketing asks for changes on a passage, reads the
 * comment in the studio, revises and submits again; people are shown by name. Desktop and 390 px.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerStudioBrowserTest extends DemoServerTest {

    private static final String DEMO_PARTNER = "P0001";
    private static final String STORY = """
            # Northwind Foods runs every plant from one plan

            - Customer: Northwind Foods
            - Industry: Food and beverage
            - Country: Portugal
            - Partner: Banyan Systems Private Limited

            ## The challenge

            Northwind Foods planned production for 6 plants in separate spreadsheets.

            ## The solution

            Banyan Systems Private Limited moved all 6 plants to one shared plan in 10 weeks.

            ## The results

            - Planning time down 35%.
            - All 6 plants on one plan.

            > "We see every plant in one place."
            >
            > — Rita Alves, Head of Planning, Northwind Foods
            """;

    @LocalServerPort
    int port;
    @Autowired
    Drafts drafts;
    private Browser browser;

    @BeforeAll
    void start() {
        browser = Browser.open(port, "partner");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void thePartnerUploadsAStoryDraftsSubmitsAndRevisesAfterChangesAreRequested() throws Exception {
        awaitDemoData();
        Path file = Files.createDirectories(Path.of("target/test-data")).resolve("northwind-" + System.nanoTime() + ".md");
        Files.writeString(file, STORY);

        browser.login("demo-partner").assertAt("/studio");
        assertThat(browser.waitForVisible("#library-empty").getText()).contains("No stories yet. Upload a customer success story");
        assertThat(browser.find("#generate").isEnabled()).isFalse();
        browser.check("empty-library");

        // the partner's own story, uploaded from the page
        browser.find("#story-file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#story-title").sendKeys("Northwind Foods plans every plant");
        browser.find("#upload").click();
        browser.waitFor(d -> browser.findAll("#stories tbody tr").size() == 1);
        assertThat(browser.find("#stories tbody tr").getText()).contains("Northwind Foods plans every plant").contains("ready");
        assertThat(browser.find("#library-empty").isDisplayed()).isFalse();
        browser.waitFor(d -> browser.findAll("#story option").size() == 1);
        browser.check("story-uploaded");

        // a double click on Generate writes one draft, which gets its own address
        new Select(browser.find("#asset-type")).selectByValue("one_pager");
        int before = drafts.list(DEMO_PARTNER, null, 0, 100).size();
        browser.driver().executeScript("const b = document.getElementById('generate'); b.click(); b.click();");
        browser.waitFor(d -> browser.path().startsWith("/studio/drafts/"));
        String id = browser.path().substring("/studio/drafts/".length());
        browser.waitFor(d -> browser.findAll("#drafts tbody tr").size() == 1);
        browser.settle();
        assertThat(drafts.list(DEMO_PARTNER, null, 0, 100)).hasSize(before + 1);
        assertThat(browser.find("#drafts tbody tr").getText()).contains("Northwind Foods plans every plant")
                .contains("one pager").contains("draft");

        // a reload reopens the draft from its address
        browser.driver().navigate().refresh();
        browser.waitForVisible("#draft");
        assertThat(browser.find("#draft-title").getText()).contains("Northwind Foods plans every plant");
        assertThat(browser.find("#submittable").getText()).contains("Ready to submit");
        assertThat(browser.find("#draft-meta").getText()).contains("started by Demo Partner").doesNotContain("user:");
        browser.check("draft");

        browser.find("#submit-review").click();
        browser.waitFor(d -> browser.find("#draft-meta").getText().contains("state in review"));
        assertThat(browser.find("#submit-review").isDisplayed()).isFalse();
        assertThat(browser.find("#review-link").getAttribute("href")).endsWith("/review/" + id);
        browser.check("submitted");

        // marketing asks for changes on a passage of the headline
        WebClient marketing = new WebClient(port);
        marketing.login("demo-marketing", Browser.DEMO_PASSWORD);
        JsonNode review = marketing.api("GET", "/api/review/drafts/" + id, null).json();
        String headline = marketing.api("GET", "/api/studio/drafts/" + id, null).json().get("sections").get("headline").asString();
        int end = Math.min(headline.length(), 12);
        var asked = marketing.api("POST", "/api/review/drafts/" + id + "/request-changes", "{\"lockVersion\":"
                + review.get("lockVersion").asLong() + ",\"comment\":\"Say which plants in the call to action.\","
                + "\"anchor\":{\"section\":\"headline\",\"start\":0,\"end\":" + end + "}}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);

        // the partner sees it in the studio, by name and on its passage, revises and submits again
        browser.driver().navigate().refresh();
        browser.waitForVisible("#feedback");
        String comments = browser.find("#comments").getText();
        assertThat(comments).contains("Demo Marketing").contains("Say which plants in the call to action.")
                .contains(headline.substring(0, end));
        assertThat(browser.find("#submittable").getText()).contains("Changes requested");
        browser.check("changes-requested");

        WebElement cta = browser.find("#section-cta");
        cta.clear();
        cta.sendKeys("Ask Banyan Systems how Northwind Foods plans every plant from one shared plan.");
        browser.find("#save").click();
        browser.waitFor(d -> browser.find("#draft-meta").getText().startsWith("Version 2 of 2"));
        assertThat(browser.find("#draft-meta").getText()).contains("state draft");
        browser.find("#submit-review").click();
        browser.waitFor(d -> browser.find("#draft-meta").getText().contains("state in review"));
        browser.waitFor(d -> browser.findAll("#versions li").size() == 2);
        assertThat(browser.find("#versions").getText()).contains("Demo Partner").doesNotContain("user:").doesNotContain("key:");
        assertThat(browser.find("#drafts tbody tr").getText()).contains("in review");
        browser.check("resubmitted"); // README's picture of the partner's studio (docs/screenshots/partner.png)

        browser.mobile().get("/studio/drafts/" + id);
        browser.waitForVisible("#draft");
        browser.check("draft");
        browser.desktop();
    }
}
