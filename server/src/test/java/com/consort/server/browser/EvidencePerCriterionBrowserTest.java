package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.DemoServerTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A seller asks for partners in a country that say a word of their own ("Fukuoka", which one of the 38 Indian partners'
 * profiles says): the listed partner's reason for the word quotes its profile and links to the citation; the partners
 * that fill the shortlist without such a passage (they rank after it) are shown as alternatives, labelled "Misses: ...".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidencePerCriterionBrowserTest extends DemoServerTest {

    private static final String QUESTION = "Which partners in India are headquartered in Fukuoka?";

    @LocalServerPort
    int port;
    private Browser browser;

    @BeforeAll
    void start() {
        browser = Browser.open(port, "evidence-per-criterion");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void eachReasonLinksToThePassageThatSaysItAndAPartnerWithoutOneIsAnAlternativeThatSaysWhatItMisses() throws Exception {
        awaitDemoData();
        browser.login("demo-seller").assertAt("/chat");
        browser.find("#question").sendKeys(QUESTION, Keys.ENTER);
        // the first answer of a fresh server learns the index's terms: a loaded machine takes a while
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(d -> !browser.findAll(".message.assistant > p.meta").isEmpty()
                        && browser.findAll(".message.assistant[aria-busy]").isEmpty());
        WebElement answer = browser.findAll(".message.assistant").get(0);
        String shown = answer.getText();

        List<WebElement> matches = answer.findElements(By.cssSelector(".card:not(.alternative)"));
        assertThat(matches).as(shown).hasSize(1).allSatisfy(card -> {
            WebElement reason = card.findElements(By.cssSelector(".reasons li")).stream()
                    .filter(li -> li.getText().contains("says 'Fukuoka'")).findFirst().orElseThrow();
            assertThat(reason.getText()).contains("Fukuoka");
            // the reason's [n] is a link to its citation, as the card's sources are
            WebElement cite = reason.findElement(By.cssSelector("a.cite"));
            assertThat(card.findElements(By.cssSelector(".evidence a.cite"))).extracting(WebElement::getText).contains(cite.getText());
        });
        List<WebElement> alternatives = answer.findElements(By.cssSelector(".card.alternative"));
        assertThat(alternatives).as(shown).isNotEmpty().allSatisfy(card -> {
            assertThat(card.findElement(By.tagName("h3")).getText()).endsWith("(alternative)");
            assertThat(card.findElements(By.cssSelector(".reasons li.missing"))).extracting(WebElement::getText)
                    .contains("Misses: no passage says 'Fukuoka'");
        });
        browser.check("answer");
    }
}
