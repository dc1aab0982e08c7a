package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.server.DemoServerTest;
import com.consort.server.accounts.Users;
import com.consort.server.security.Role;
import com.consort.server.testing.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The marketing reviewer's job in the browser: logs in as demo-marketing, filters the queue by the
 * partner's name, sees the asset exactly as exported beside its story and downloads it in every format,
 * cancels a rejection at its confirmation, requests changes on a selected passage, reads the diff of the
 * partner's revision, meets a conflict that keeps the typed comment, and approves with an expiry date
 * after confirming. Desktop and 390 px. The partner's side goes through the API with its session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewerBrowserTest extends DemoServerTest {

    private static final String PARTNER = "P0002";
    private static final String PASSWORD = "harbour-depots-quietly-ledger-9";
    private static final String STORY = """
            # Harbour Logistics tracks every shipment live

            - Customer: Harbour Logistics
            - Industry: Transport
            - Country: Norway

            ## The challenge

            Harbour Logistics tracked 400 shipments a day by phone and email.

            ## The solution

            The partner connected all 12 depots to one live tracking board in 7 weeks.

            ## The results

            - Status calls down 60%.
            - All 12 depots on one board.
            """;

    @LocalServerPort
    int port;
    @Autowired
    DocumentIngestor ingestor;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    Users users;
    private Browser browser;
    private WebClient partner;

    @BeforeAll
    void start() {
        browser = Browser.open(port, "reviewer");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private WebClient.Response partnerApi(String method, String path, String json) throws Exception {
        WebClient.Response r = partner.api(method, path, json);
        assertThat(r.status()).as(method + " " + path + ": " + r.body()).isBetween(200, 201);
        return r;
    }

    /** The partner writes a new version of the CTA and submits it again. */
    private void partnerRevises(String id, String cta) throws Exception {
        int version = partnerApi("GET", "/api/studio/drafts/" + id, null).json().get("currentVersion").asInt();
        partnerApi("PATCH", "/api/studio/drafts/" + id, "{\"expectedVersion\":" + version + ",\"sections\":{\"cta\":\"" + cta + "\"}}");
        long lock = partnerApi("GET", "/api/review/drafts/" + id, null).json().get("lockVersion").asLong();
        partnerApi("POST", "/api/review/drafts/" + id + "/submit", "{\"lockVersion\":" + lock + "}");
    }

    private Object fetch(String href) {
        return browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(async (r) => done({ status: r.status, type: r.headers.get('Content-Type'),"
                + " body: r.headers.get('Content-Type').startsWith('text/html') ? await r.text() : '' }))", href);
    }

    @Test
    void theReviewerRequestsChangesOnAPassageSeesTheDiffAndApprovesWithAnExpiryAfterConfirming() throws Exception {
        awaitDemoData();
        String partnerName = directory.find(PARTNER).map(Partner::name).orElseThrow();
        String username = "reviewer-test-partner";
        users.create(username, "Pia Partner", null, Role.PARTNER, PARTNER, partnerName, PASSWORD);
        String story = ingestor.ingest(new DocumentIngestor.Upload(STORY.getBytes(StandardCharsets.UTF_8), "harbour.md",
                DocumentKind.CASE_STUDY, PARTNER, null)).document().id();
        partner = new WebClient(port);
        partner.login(username, PASSWORD);
        String id = partnerApi("POST", "/api/studio/drafts", "{\"sourceDocumentId\":\"" + story + "\",\"assetType\":\"one_pager\"}")
                .json().get("id").asString();
        partnerApi("POST", "/api/review/drafts/" + id + "/submit", "{\"lockVersion\":0}");

        // the queue, filtered by the partner's name
        browser.login("demo-marketing").assertAt("/review");
        new Select(browser.find("#partner-filter")).selectByVisibleText(partnerName);
        browser.find("form.filters button[type=submit]").click();
        browser.waitFor(d -> browser.path().contains("partnerId=" + PARTNER));
        List<WebElement> rows = browser.findAll("#queue tbody tr");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains(partnerName));
        assertThat(rows.get(rows.size() - 1).getText()).contains("Pia Partner");
        browser.check("queue");

        // the asset exactly as exported, beside its story; every format downloads
        browser.find("#queue a[href='/review/" + id + "']").click();
        browser.assertAt("/review/" + id);
        assertThat(browser.find("#review-meta").getText()).contains(partnerName).contains("written by Pia Partner");
        @SuppressWarnings("unchecked")
        Map<String, Object> html = (Map<String, Object>) fetch("/api/studio/drafts/" + id + "/export?format=html");
        assertThat(browser.find("#asset-preview").getAttribute("srcdoc")).isEqualTo(html.get("body"));
        assertThat(browser.findAll("#downloads a")).extracting(WebElement::getText).containsExactly("Download HTML", "Download PDF");
        for (WebElement link : browser.findAll("#downloads a")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> got = (Map<String, Object>) fetch(link.getAttribute("href"));
            assertThat(got.get("status")).as(link.getText()).isEqualTo(200L);
            assertThat((String) got.get("type")).as(link.getText()).startsWith(link.getText().endsWith("PDF") ? "application/pdf" : "text/html");
        }
        assertThat(browser.find("#story").getText()).contains("Harbour Logistics tracked 400 shipments");
        browser.check("draft"); // README's picture of the reviewer's page (docs/screenshots/reviewer.png)

        // a rejection asks first; cancelling leaves the draft in review
        browser.find("#decision-text").sendKeys("Not for this quarter");
        browser.find("#reject").click();
        browser.waitForVisible("dialog.confirm button[value=cancel]").click();
        browser.waitFor(d -> browser.findAll("dialog.confirm").isEmpty());
        assertThat(browser.find("#state").getText()).isEqualTo("in review");

        // changes requested on a passage selected in the headline
        String quote = (String) browser.driver().executeScript("""
                const section = document.querySelector('p.section[data-section="headline"]');
                const text = document.createTreeWalker(section, NodeFilter.SHOW_TEXT).nextNode();
                const range = document.createRange();
                range.setStart(text, 0);
                range.setEnd(text, Math.min(text.length, 14));
                document.getSelection().removeAllRanges();
                document.getSelection().addRange(range);
                return range.toString();""");
        browser.waitForVisible("#anchor");
        assertThat(browser.find("#anchor-text").getText()).contains(quote);
        browser.find("#decision-text").clear();
        browser.find("#decision-text").sendKeys("Name the depots here");
        browser.find("#request-changes").click();
        browser.waitFor(d -> browser.find("#state").getText().equals("changes requested"));
        assertThat(browser.find("#comments q.anchor").getText()).isEqualTo(quote);
        assertThat(browser.find("#comments").getText()).contains("Demo Marketing").contains("Name the depots here");
        browser.check("changes-requested");

        // the partner revises; the reviewer sees what changed since the request
        partnerRevises(id, "Talk to us about connecting all 12 depots.");
        browser.driver().navigate().refresh();
        browser.waitForVisible("#diff");
        assertThat(browser.find("#diff-title").getText()).isEqualTo("Changes from version 1 to 2");
        assertThat(browser.findAll("#diff ins")).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("depots"));
        assertThat(browser.findAll("#diff del")).isNotEmpty();
        browser.check("diff");

        // the partner changes it again while the reviewer writes: a conflict that keeps the comment
        browser.find("#decision-text").sendKeys("Shorter, please");
        partnerRevises(id, "Connect your depots with us.");
        browser.find("#request-changes").click();
        browser.waitForVisible("#action-message");
        List<String> sentences = browser.findAll("#action-message p").stream().map(WebElement::getText).toList();
        assertThat(sentences.get(0)).isEqualTo("Someone changed this draft while you were reading it.");
        assertThat(sentences).contains("What you typed is kept.");
        assertThat(browser.find("#decision-text").getAttribute("value")).isEqualTo("Shorter, please");
        // the browser logs the refused request itself; that 409 is the one expected
        assertThat(browser.consoleErrors()).singleElement().asString().contains("request-changes").contains("409");
        browser.check("conflict");
        browser.find("#reload-keeping").click();
        browser.waitFor(d -> browser.find("#diff-title").getText().endsWith("to 3"));
        assertThat(browser.find("#decision-text").getAttribute("value")).isEqualTo("Shorter, please");

        // approval with an expiry date, after a confirmation that names it
        String expiry = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find("#expires-at"), expiry);
        browser.find("#approve").click();
        WebElement confirm = browser.waitForVisible("dialog.confirm");
        assertThat(confirm.getText()).contains("Approve version 3").contains(partnerName).contains("expiring on " + expiry);
        browser.check("confirm-approve");
        browser.find("#confirm-ok").click();
        browser.waitFor(d -> browser.find("#state").getText().equals("approved"));
        assertThat(browser.find("#expires").getText()).isEqualTo(expiry);
        assertThat(browser.find("#review-meta").getText()).contains("version 3 approved by Demo Marketing");
        browser.check("approved");

        browser.mobile().get("/review/" + id);
        browser.check("approved");
        browser.get("/review?partnerId=" + PARTNER);
        browser.check("queue");
        browser.desktop();
    }
}
