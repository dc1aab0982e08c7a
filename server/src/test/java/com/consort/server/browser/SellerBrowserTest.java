package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.DemoServerTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seller's job in the browser: logs in, asks which partner fits a deal and reads one answer (cards with
 * a reason per criterion and numbered citations), follows up, reads a cited passage in its document,
 * opens a partner's profile from a card and its case study, browses the directory by a facet, reloads the
 * conversation by its address, and shares the shortlist (copied, CSV, Markdown); at desktop width and at
 * 390 px. A question over the limit cannot be sent and leaves no conversation behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellerBrowserTest extends DemoServerTest {

    private static final String QUESTION = "Which partners in DACH help manufacturers automate their workflows?";
    private static final String FOLLOW_UP = "only the Gold ones";

    @LocalServerPort
    int port;
    private Browser browser;
    private Path downloads;

    @BeforeAll
    void start() throws IOException {
        browser = Browser.open(port, "seller");
        downloads = Files.createTempDirectory("consort-seller-downloads");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void theSellerFindsPartnersReadsTheirSourcesAndSharesTheShortlist() throws Exception {
        awaitDemoData();
        browser.login("demo-seller").assertAt("/chat");
        assertThat(browser.navigation()).containsExactly("Chat", "Partners");
        browser.check("start");

        // a question over the limit: the counter says by how much, Send is off, nothing is made
        int conversationsBefore = browser.findAll("#conversation-list li").size();
        type("x".repeat(2100));
        assertThat(browser.find("#counter").getText()).isEqualTo("2,100 of 2,000 characters: shorten it by 100 to send it");
        assertThat(browser.find("#send").isEnabled()).isFalse();
        browser.find("#question").sendKeys(Keys.ENTER);
        assertThat(browser.findAll(".message")).isEmpty();
        type("x".repeat(1700));
        assertThat(browser.find("#counter").getText()).isEqualTo("1,700 of 2,000 characters");
        assertThat(browser.find("#send").isEnabled()).isTrue();
        type("");
        assertThat(browser.find("#counter").isDisplayed()).isFalse();

        // the question; Send is off while the answer is written; the answer is shown once, as cards
        watchSend();
        browser.find("#question").sendKeys(QUESTION, Keys.ENTER);
        List<WebElement> cards = awaitAnswers(1);
        assertThat((Boolean) browser.driver().executeScript("return window.sendWasOffWhileAnswering")).isTrue();
        assertThat(browser.path()).matches("/chat/[0-9a-f-]{36}");
        String conversation = browser.path();
        assertThat(browser.findAll("#conversation-list li")).hasSize(conversationsBefore + 1);
        WebElement answer = answers().get(0);
        assertThat(answer.findElements(By.cssSelector(".answer-text ol, .answer-text li"))).as("no list beside the cards").isEmpty();
        assertThat(cards).isNotEmpty().allSatisfy(card -> {
            assertThat(card.findElements(By.cssSelector(".reasons li"))).isNotEmpty();
            assertThat(card.findElements(By.cssSelector(".evidence a.cite"))).isNotEmpty();
        });
        String firstPartner = cards.get(0).findElement(By.cssSelector("h3 a.profile")).getText();
        assertThat(cards.get(0).findElement(By.tagName("h3")).getText()).isEqualTo("1. " + firstPartner);
        browser.driver().executeScript("arguments[0].scrollIntoView({ block: 'start' })", browser.findAll(".message.user").get(0));
        browser.check("answer"); // README's picture of the seller (docs/screenshots/seller.png)

        // the follow-up; a double click on Send is one question
        browser.find("#question").sendKeys(FOLLOW_UP);
        new Actions(browser.driver()).doubleClick(browser.find("#send")).perform();
        List<WebElement> narrowed = awaitAnswers(2);
        assertThat(browser.findAll(".message.user")).extracting(WebElement::getText).containsExactly(QUESTION, FOLLOW_UP);
        assertThat(narrowed).isNotEmpty().hasSizeLessThanOrEqualTo(cards.size());
        assertThat(browser.path()).isEqualTo(conversation);
        browser.check("follow-up");

        // the shortlist, shared: copied as text, downloaded as CSV and as Markdown
        WebElement last = answers().get(1);
        List<String> names = last.findElements(By.cssSelector(".card h3 a.profile")).stream().map(WebElement::getText).toList();
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        click(last.findElement(By.cssSelector(".copy-shortlist")));
        browser.waitFor(d -> browser.find("#toast").getText().contains("Copied"));
        String copied = (String) browser.driver().executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], (e) => arguments[0]('failed: ' + e))");
        assertThat(copied).startsWith("Shortlist for: " + FOLLOW_UP).contains("1. " + names.get(0))
                .contains("/partners/").contains("Source: ");
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        click(last.findElement(By.cssSelector("a[download='shortlist.csv']")));
        List<String> csv = Files.readAllLines(download("shortlist.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("rank,partner_id,name,tier,type,countries,reasons,sources,profile");
        assertThat(csv).hasSize(names.size() + 1);
        assertThat(csv.get(1)).startsWith("1,P").contains(names.get(0).contains(",") ? "\"" + names.get(0) + "\"" : names.get(0));
        click(last.findElement(By.cssSelector("a[download='shortlist.md']")));
        String markdown = Files.readString(download("shortlist.md"));
        assertThat(markdown).startsWith("## Shortlist: " + FOLLOW_UP).contains("1. **[");

        // a track record's citation opens the partner's deals in the segment it cites
        WebElement trackRecord = answers().get(0).findElements(By.cssSelector(".card .evidence a.cite")).stream()
                .filter(a -> a.getAttribute("href").contains("#deals")).findFirst().orElseThrow();
        click(trackRecord);
        browser.waitFor(d -> browser.path().startsWith("/partners/"));
        assertThat(browser.find("#deals").getText()).contains("Manufacturing");
        assertThat(browser.findAll("#deals-table tbody tr")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("Manufacturing"));
        browser.check("deals");
        browser.driver().navigate().back();
        awaitAnswers(2);

        // a citation opens the passage it quotes, marked in its document, with the document's age
        WebElement source = answers().stream().flatMap(a -> a.findElements(By.cssSelector("a.cite")).stream())
                .filter(a -> a.getAttribute("href").contains("/documents/")).findFirst().orElseThrow();
        click(source);
        browser.waitFor(d -> browser.path().startsWith("/documents/"));
        WebElement passage = browser.waitForVisible("#passage mark");
        assertThat(passage.getText()).isNotBlank();
        assertThat(browser.findAll("#passage-missing")).isEmpty();
        assertThat(browser.find("#document-age").getText()).matches("\\d{4}-\\d{2}-\\d{2} \\((today|yesterday|\\d+ \\w+ ago)\\)");
        assertThat(browser.find("h1").getText()).isNotBlank();
        browser.check("source");

        // back to the conversation by its address: a reload shows it again
        browser.get(conversation);
        awaitAnswers(2);
        browser.driver().navigate().refresh();
        awaitAnswers(2);
        assertThat(browser.findAll(".message.user")).hasSize(2);
        assertThat(browser.find("#conversation-list a[aria-current=page]").getAttribute("href")).endsWith(conversation);

        // a partner's profile from a card, and its case study
        click(answers().get(0).findElement(By.cssSelector(".card h3 a.profile")));
        browser.waitFor(d -> browser.path().startsWith("/partners/"));
        assertThat(browser.find("h1").getText()).isEqualTo(firstPartner);
        assertThat(browser.find("#partner-facts").getText()).contains("Tier").contains("Industries").contains("Partner manager");
        browser.check("profile");
        String profile = browser.path();
        if (!browser.findAll("#stories a").isEmpty()) {
            browser.find("#stories a").click();
            browser.waitFor(d -> browser.path().startsWith("/documents/"));
            assertThat(browser.find(".crumbs a").getAttribute("href")).endsWith(profile);
        }

        // the directory, narrowed by a facet whose values and counts come from the directory
        browser.get("/partners");
        int all = Integer.parseInt(browser.find("#result-count").getText());
        assertThat(all).isGreaterThan(100);
        WebElement industries = browser.find("details.facet[data-facet=industries]");
        industries.findElement(By.tagName("summary")).click();
        WebElement option = industries.findElement(By.cssSelector("label.check"));
        String industry = option.findElement(By.tagName("input")).getAttribute("value");
        int count = Integer.parseInt(option.findElement(By.cssSelector(".count")).getText().replaceAll("\\D", ""));
        option.findElement(By.tagName("input")).click();
        browser.check("facets");
        browser.find("#apply-facets").click();
        browser.waitFor(d -> browser.path().contains("industries="));
        assertThat(Integer.parseInt(browser.find("#result-count").getText())).isEqualTo(count).isLessThan(all);
        assertThat(browser.find("details.facet[data-facet=industries] input:checked")).isNotNull();
        browser.check("directory");
        browser.find("#partners .partner-item h3 a").click();
        browser.waitFor(d -> browser.path().startsWith("/partners/P"));

        // on a phone: the conversation, the source, the directory and a profile
        browser.mobile().get(conversation);
        awaitAnswers(2);
        assertThat(browser.find("#conversations").getAttribute("open")).isNull();
        assertThat(browser.find("#question").getRect().getWidth()).isGreaterThan(250);
        browser.check("conversation");
        browser.find("#conversations summary").click();
        assertThat(browser.waitForVisible("#conversation-list a").getText()).isNotBlank();
        browser.check("conversations");
        browser.get("/partners?industries=" + java.net.URLEncoder.encode(industry, StandardCharsets.UTF_8));
        browser.check("directory");
        browser.get(profile);
        browser.check("profile");

        // asked in the partners' own words: the answer says which value that word was read as, and why
        browser.desktop();
        browser.get("/chat");
        browser.find("#question").sendKeys("Who helps manufacturers in DACH get rid of their spreadsheets?", Keys.ENTER);
        assertThat(awaitAnswers(1)).isNotEmpty();
        assertThat(answers().get(0).findElement(By.cssSelector(".answer-text")).getText())
                .contains("specialisation: Digital Transformation, from 'spreadsheets' (its partners' word for it)");

        // bad addresses are pages a person reads
        for (String bad : List.of("/chat/no-such-conversation", "/partners/NO-SUCH-PARTNER", "/documents/no-such-document")) {
            browser.get(bad);
            assertThat(browser.find("h1").getText()).as(bad).isEqualTo("Page not found");
            assertThat(browser.consoleErrors()).singleElement().asString().contains("404");
        }
        browser.get("/partners?page=soon");
        assertThat(browser.find("h1").getText()).isEqualTo("This request cannot be used");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("400");
    }

    /** Clicks as a person would, once the element is scrolled to the middle of the screen (the question box sticks to the bottom). */
    private void click(WebElement element) {
        browser.driver().executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
        element.click();
    }

    private void type(String text) {
        browser.driver().executeScript("const q = document.getElementById('question'); q.value = arguments[0];"
                + "q.dispatchEvent(new Event('input'));", text);
    }

    /** Remembers whether Send was ever off while an answer was being written. */
    private void watchSend() {
        browser.driver().executeScript("""
                window.sendWasOffWhileAnswering = false;
                new MutationObserver(() => {
                  if (document.getElementById('send').disabled && document.querySelector('.message[aria-busy]')) {
                    window.sendWasOffWhileAnswering = true;
                  }
                }).observe(document.getElementById('messages'), { subtree: true, childList: true, attributes: true });
                """);
    }

    private List<WebElement> answers() {
        return browser.findAll(".message.assistant");
    }

    /** Waits for this many answers, the last one finished; returns the last one's partner cards. */
    private List<WebElement> awaitAnswers(int count) {
        browser.waitFor(d -> answers().size() == count && browser.findAll(".message.assistant[aria-busy]").isEmpty()
                && !answers().get(count - 1).findElements(By.cssSelector(".meta")).isEmpty());
        return answers().get(count - 1).findElements(By.cssSelector(".card:not(.alternative)"));
    }

    private Path download(String name) throws IOException {
        Path file = downloads.resolve(name);
        browser.waitFor(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }
}
