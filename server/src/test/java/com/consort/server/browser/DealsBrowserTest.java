package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.DemoServerTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
                + "influenced_revenue,assisted_revenue\n");
        assertThat(csv.lines().count()).isEqualTo(browser.findAll("#deals-table tbody tr").size() + 1);

        browser.mobile();
        browser.check("deals-mobile");
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
