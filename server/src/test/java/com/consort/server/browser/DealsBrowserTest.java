package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.DemoServerTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The PartnerOps dashboard in Chromium over the demo's CRM history: marketing finds it in the header, reads
 * the charts and the table, narrows the date range (kept in the address), downloads the CSV; a partner sees
 * only its own deals. At desktop width and at 390 px, with the accessibility check of every step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealsBrowserTest extends DemoServerTest {

    @LocalServerPort
    int port;
    private Browser browser;

    @BeforeAll
    void start() throws InterruptedException {
        awaitDemoData();
        browser = Browser.open(port, "deals");
    }

    /** Each test from a blank, logged-out page, so that one test's expected errors are not the next one's. */
    @BeforeEach
    void blank(TestInfo test) {
        browser.restart("deals/" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void marketingReadsTheChartsNarrowsTheRangeAndDownloadsTheCsv() {
        browser.desktop().login("demo-marketing");
        assertThat(browser.navigation()).contains("Deals");
        browser.find(".main-nav a[href='/deals']").click();
        browser.assertAt("/deals");
        List<WebElement> bars = browser.findAll("#won-chart g.bar");
        assertThat(bars).hasSize(10);
        assertThat(browser.findAll("#won-chart rect")).isNotEmpty();
        assertThat(browser.findAll("#rate-chart rect.rate")).hasSize(10);
        int allRows = browser.findAll("#deals-table tbody tr").size();
        assertThat(allRows).isGreaterThan(100);
        assertThat(browser.find("#totals").getText()).contains("Sourced").contains("EUR").contains("USD");
        browser.check("deals-desktop");

        // a shorter range: fewer partners with deals, and the range is in the address (a link to share)
        browser.driver().executeScript("document.getElementById('since').value = '2026-09-01';"
                + "document.getElementById('until').value = '2026-11-30';");
        browser.find("#range button[type=submit]").click();
        browser.waitFor(d -> browser.path().contains("since=2026-09-01"));
        assertThat(browser.findAll("#deals-table tbody tr").size()).isLessThan(allRows).isPositive();
        assertThat(browser.find("#export").getAttribute("href")).endsWith("/deals/export.csv?since=2026-09-01&until=2026-11-30");

        String csv = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('export').href).then(r => r.text()).then(done);");
        assertThat(csv.replace("\r", "")).startsWith("partner_id,partner,won,lost,open,win_rate,sourced_revenue,transacted_revenue,"
                + "influenced_revenue,assisted_revenue,");
        assertThat(csv.lines().count()).isEqualTo(browser.findAll("#deals-table tbody tr").size() + 1);

        browser.mobile();
        browser.check("deals-mobile");
        browser.desktop().logout();
    }

    @Test
    void marketingCutsTheDealsBySegmentAndReadsTheNewFigures() {
        browser.desktop().login("demo-marketing");
        browser.get("/deals?since=2020-01-01&until=2030-12-31");
        // per segment: industries, countries and deal sizes, each a chart and a table
        assertThat(browser.findAll("#by-industry-chart g.bar")).hasSizeGreaterThan(1);
        assertThat(browser.findAll("#by-country-table tbody tr")).hasSizeGreaterThan(1);
        assertThat(browser.findAll("#by-size-table tbody tr")).extracting(r -> r.getAttribute("data-segment"))
                .contains("under-50k", "50k-250k");
        // per partner: deals by role, satisfaction and integrations from the directory
        WebElement header = browser.find("#deals-table thead");
        assertThat(header.getText()).contains("Deals by role").contains("Median days to close").contains("Satisfaction")
                .contains("Integrations");
        int allRows = browser.findAll("#deals-table tbody tr").size();
        // the demo's deals have a created date: a median time to close a sales cycle could take, for most partners
        List<Integer> days = browser.findAll("#deals-table td.days-to-close").stream().map(WebElement::getText)
                .filter(t -> t.matches("\\d+")).map(Integer::valueOf).toList();
        assertThat(days).hasSizeGreaterThan(allRows / 2).allSatisfy(d -> assertThat(d).isBetween(20, 240));

        // one industry: every segment row of the industry table is that industry, fewer partners, the CSV follows
        String industry = browser.findAll("#by-industry-table tbody tr").get(0).getAttribute("data-segment");
        browser.driver().executeScript("const s = document.getElementById('industry'); s.value = arguments[0];"
                + "document.getElementById('size').value = '50k-250k';", industry);
        browser.find("#range button[type=submit]").click();
        browser.waitFor(d -> browser.path().contains("size=50k-250k"));
        assertThat(browser.findAll("#by-industry-table tbody tr")).extracting(r -> r.getAttribute("data-segment")).containsExactly(industry);
        assertThat(browser.findAll("#by-size-table tbody tr")).extracting(r -> r.getAttribute("data-segment")).containsExactly("50k-250k");
        assertThat(browser.findAll("#deals-table tbody tr").size()).isLessThan(allRows).isPositive();
        assertThat(browser.find("#export").getAttribute("href")).contains("size=50k-250k").contains("industry=");
        String csv = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('export').href).then(r => r.text()).then(done);");
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",deals_by_role,median_days_to_close,satisfaction,integrations");
        assertThat(csv.lines().count()).isEqualTo(browser.findAll("#deals-table tbody tr").size() + 1);
        browser.check("deals-segment");

        // an unknown deal size is a clear error page, not a 500
        browser.get("/deals?size=enormous");
        assertThat(browser.driver().getPageSource()).contains("Unknown deal size");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("400"); // the refused page, as expected
        browser.logout();
    }

    @Test
    void marketingSeesWhoGetsRecommendedAndASellerMayNot() {
        // a seller asks; the shortlists it is shown are recorded
        browser.desktop().login("demo-seller");
        browser.get("/chat");
        for (String question : List.of("Which partners do SAP S/4HANA migrations in Germany?", "Partners for retail in France")) {
            Object status = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "const h = document.querySelector('meta[name=csrf-header]').content;"
                    + "const t = document.querySelector('meta[name=csrf-token]').content;"
                    + "fetch('/api/partners/search', {method: 'POST', headers: {'Content-Type': 'application/json', [h]: t},"
                    + " body: JSON.stringify({query: arguments[0], limit: 5})}).then(r => done(r.status));", question);
            assertThat(((Number) status).intValue()).isEqualTo(200);
        }
        browser.get("/deals/exposure");
        assertThat(browser.driver().getPageSource()).doesNotContain("exposure-table");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("403"); // a seller may not: refused
        browser.logout();

        browser.desktop().login("demo-marketing");
        browser.get("/deals");
        browser.find("#exposure-link").click();
        browser.assertAt("/deals/exposure");
        assertThat(browser.find("#rotation").getText()).isEqualTo("off");
        assertThat(browser.findAll("#exposure-chart g.bar")).isNotEmpty();
        List<WebElement> rows = browser.findAll("#exposure-table tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        // the first of each shortlist is shown first and a best fit
        assertThat(rows).anySatisfy(r -> assertThat(Integer.parseInt(r.findElements(org.openqa.selenium.By.cssSelector("td")).get(2)
                .getText())).isPositive());
        browser.check("exposure-desktop");
        browser.mobile();
        browser.check("exposure-mobile");
        browser.desktop().logout();
    }

    @Test
    void aPartnerSeesOnlyItsOwnDeals() {
        browser.desktop().login("demo-partner");
        browser.get("/deals?since=2020-01-01&until=2030-12-31");
        List<WebElement> rows = browser.findAll("#deals-table tbody tr");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("data-partner")).isEqualTo("P0001"));
        String csv = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/deals/export.csv?since=2020-01-01&until=2030-12-31').then(r => r.text()).then(done);");
        assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("P0001,"));
        browser.check("deals-partner");
        browser.logout();
    }
}
