package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.eval.EvalRunStore;
import com.consort.server.DemoServerTest;
import com.consort.server.eval.EvalSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The evaluator's job in the browser: logs in, runs a suite (a double click starts one run), reads the
 * run's report at its own address, filters it to the failures, searches, opens a failed case with the
 * partners expected and got by name, and compares two runs; at desktop width and at 390 px. The suite is
 * a small one of the evaluator's own (in the suites folder, as CONSORT_EVAL_SUITES_DIR adds them), so runs
 * take a moment; between its two runs one expectation changes, so one case breaks and one is fixed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluatorBrowserTest extends DemoServerTest {

    private static final String SUITE = "evaluator-check";

    @LocalServerPort
    int port;
    @Autowired
    EvalRunStore store;
    @Autowired
    EvalSettings settings;
    private Browser browser;
    private Path suiteFile;

    @BeforeAll
    void start() throws IOException {
        browser = Browser.open(port, "evaluator");
        suiteFile = Files.createDirectories(settings.suitesDir()).resolve(SUITE + ".yaml");
    }

    @AfterAll
    void stop() throws IOException {
        browser.close();
        Files.deleteIfExists(suiteFile); // other tests run every suite of the catalogue
    }

    /** Three partner-fit questions; {@code brokenExpectation} expects partner P0001, which no answer gives. */
    private void writeSuite(String pmoExpects, String breweryTwiceExpects) throws IOException {
        Files.writeString(suiteFile, """
                suite: %s
                description: Partner-fit questions of the evaluator's own.
                k: 5
                cases:
                  - id: brewery-downtime
                    question: "Which partner helped a brewery cut unplanned downtime?"
                    expected: [P0328]
                  - id: car-parts-pmo
                    question: "Which partner set up a PMO for a car-parts supplier?"
                    expected: [%s]
                  - id: brewery-again
                    question: "Who helped a brewery with unplanned downtime?"
                    expected: [%s]
                """.formatted(SUITE, pmoExpects, breweryTwiceExpects));
    }

    @Test
    void theEvaluatorRunsASuiteReadsTheReportByItsAddressFindsTheFailuresAndComparesTwoRuns() throws Exception {
        awaitDemoData();
        writeSuite("P0188", "P0001");
        browser.login("demo-evaluator").assertAt("/eval");
        browser.waitFor(d -> d.findElements(By.cssSelector("#suites tbody tr")).size() >= 4);
        // no model here: llm is not offered, and the page says why
        assertThat(new Select(browser.find("#mode")).getOptions()).extracting(WebElement::getText).containsExactly("offline");
        assertThat(browser.find("#llm-unavailable").getText()).contains("no chat model configured");
        browser.check("runs");

        // a double click on Start is one run, whose page follows it and then shows its report
        int runsBefore = store.list(500).size();
        String first = run(true);
        assertThat(store.list(500)).hasSize(runsBefore + 1);
        assertThat(browser.find("#verdict").getText()).contains("Not compared with a baseline").contains("2 passed, 1 failed");
        assertThat(browser.find("#run-meta").getText()).contains("Demo Evaluator");
        assertThat(browser.find("#download").getAttribute("href")).endsWith("/api/eval/runs/" + first + "/report");
        browser.check("report");

        // the report has an address of its own; filtered to failures, then searched
        browser.get("/eval/runs/" + first);
        browser.waitFor(d -> cases().size() == 3);
        browser.find("#failed-only").click();
        List<WebElement> failed = cases();
        assertThat(failed).hasSize(1).allSatisfy(c -> assertThat(c.getAttribute("data-status")).isEqualTo("failed"));
        assertThat(browser.find("#case-count").getText()).isEqualTo("Showing 1 of 3 cases");
        browser.find("#failed-only").click();
        browser.find("#case-search").sendKeys("car-parts");
        browser.waitFor(d -> cases().size() == 1);
        assertThat(cases().get(0).findElement(By.cssSelector("summary strong")).getText()).isEqualTo("car-parts-pmo");
        browser.find("#case-search").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.find("#failed-only").click();
        browser.waitFor(d -> cases().size() == 1);

        // the failed case: expected and got partners by name, the failed assertion
        WebElement opened = cases().get(0);
        opened.findElement(By.tagName("summary")).click();
        assertThat(opened.findElement(By.cssSelector("summary strong")).getText()).isEqualTo("brewery-again");
        List<WebElement> expected = opened.findElements(By.cssSelector(".versus > div:first-child li"));
        List<WebElement> got = opened.findElements(By.cssSelector(".versus > div:last-child li"));
        assertThat(expected).hasSize(1);
        assertThat(expected.get(0).getText()).endsWith(" P0001").isNotEqualTo("P0001"); // a name first, then the id
        assertThat(got).isNotEmpty();
        assertThat(got.get(0).getText()).contains("P0328").doesNotStartWith("P0328");
        assertThat(opened.findElement(By.cssSelector("ul.assertions li.failed")).getText()).startsWith("failed expectedFound");
        browser.driver().executeScript("arguments[0].scrollIntoView()", opened.findElement(By.tagName("summary")));
        browser.check("failed-case"); // README's picture of the evaluator's report (docs/screenshots/evaluator.png)

        // the evaluator changes two expectations and runs again: one case breaks, one is fixed
        writeSuite("P0001", "P0328");
        String second = run(false);
        assertThat(browser.find("#verdict").getText()).contains("2 passed, 1 failed");
        assertThat(new Select(browser.find("#compare-base")).getFirstSelectedOption().getAttribute("value")).isEqualTo(first);
        browser.find("#compare-form button").click();
        browser.assertAt("/eval/compare");
        assertThat(browser.path()).isEqualTo("/eval/compare?base=" + first + "&head=" + second);
        browser.waitForVisible("#comparison");
        assertThat(browser.findAll("#changed tbody tr")).extracting(WebElement::getText).containsExactly(
                "broke (now failing) " + SUITE + " car-parts-pmo passed failed",
                "fixed " + SUITE + " brewery-again failed passed");
        assertThat(browser.find("#case-summary").getText()).startsWith("2 cases changed (1 broke, 1 fixed); 1 unchanged");
        assertThat(browser.findAll("#metrics tbody tr")).isNotEmpty();
        browser.check("compare");

        // the same from the runs list: tick two runs, compare; a changed case links to its place in the report
        browser.get("/eval");
        browser.waitFor(d -> d.findElements(By.cssSelector("#runs tr[data-id='" + first + "'] input[name=compare]")).size() == 1);
        browser.find("#runs tr[data-id='" + first + "'] input[name=compare]").click();
        browser.find("#runs tr[data-id='" + second + "'] input[name=compare]").click();
        browser.find("#compare").click();
        browser.assertAt("/eval/compare");
        assertThat(browser.path()).isEqualTo("/eval/compare?base=" + first + "&head=" + second);
        browser.waitForVisible("#changed tbody tr.broken a").click();
        browser.assertAt("/eval/runs/" + second);
        browser.waitFor(d -> d.findElements(By.cssSelector("details.case[open]")).size() == 1);
        assertThat(browser.find("details.case[open] summary strong").getText()).isEqualTo("car-parts-pmo");

        // on a phone
        browser.mobile().get("/eval/runs/" + second + "#case-" + SUITE + "-car-parts-pmo");
        browser.waitFor(d -> d.findElements(By.cssSelector("details.case[open]")).size() == 1);
        browser.check("failed-case");
        browser.get("/eval/compare?base=" + first + "&head=" + second);
        browser.waitForVisible("#comparison");
        browser.check("compare");
        browser.get("/eval");
        browser.waitFor(d -> d.findElements(By.cssSelector("#runs tbody tr")).size() >= 2);
        browser.waitFor(d -> !d.findElements(By.cssSelector("#history svg")).isEmpty());
        browser.check("runs");
    }

    /** From /eval: the evaluator's suite alone; waits for its report; returns the run's id. */
    private String run(boolean doubleClick) {
        browser.get("/eval");
        browser.waitFor(d -> d.findElements(By.cssSelector("#suites input[name=suite]")).size() >= 4);
        browser.waitFor(d -> browser.find("#start").isEnabled());
        for (WebElement box : browser.findAll("#suites input[name=suite]")) {
            if (box.isSelected() != box.getAttribute("value").equals(SUITE)) {
                box.click();
            }
        }
        if (doubleClick) {
            new Actions(browser.driver()).doubleClick(browser.find("#start")).perform();
        } else {
            browser.find("#start").click();
        }
        browser.waitFor(d -> browser.path().startsWith("/eval/runs/"));
        String id = browser.path().substring("/eval/runs/".length());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> browser.find("#verdict").isDisplayed());
        browser.waitFor(d -> !cases().isEmpty());
        return id;
    }

    private List<WebElement> cases() {
        return browser.findAll("#cases details.case");
    }
}
