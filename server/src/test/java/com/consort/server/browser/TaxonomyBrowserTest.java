package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.Facet;
import com.consort.knowledge.PartnerDirectory;
import com.consort.server.DemoServerTest;
import com.consort.server.taxonomy.Taxonomies;
import com.consort.server.testing.WebClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin brings the vendor's own words in the browser, on the admin console's Taxonomy page: sees the
 * directory's values with their counts, adds a synonym (and removes it), sets the tier order, merges two
 * spellings after a confirmation (the partners are rewritten), downloads the YAML file and uploads it back,
 * and a bad file is refused with the reason and changes nothing; at desktop width and at 390 px. What the
 * test imports is inactive and removed, and the taxonomy restored, afterwards: the other tests share the demo.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxonomyBrowserTest extends DemoServerTest {

    private static final List<String> PARTNERS = List.of("ZT-TAXB-01", "ZT-TAXB-02");

    @LocalServerPort
    int port;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    Taxonomies taxonomies;
    @TempDir
    Path files;
    private Browser browser;
    private String original;

    @BeforeAll
    void start() throws Exception {
        awaitDemoData();
        original = taxonomies.stored().taxonomy().toYaml();
        var imported = WebClient.upload(port, "/api/partners/import", ADMIN_KEY, "file", "partners.csv", (AdminBrowserTest.HEADER
                + "ZT-TAXB-01,ZT Taxonomy One,Reseller,Registered,EMEA,Iceland,English,Hospitality & Leisure,,,,,Test.,,inactive,,\n"
                + "ZT-TAXB-02,ZT Taxonomy Two,Reseller,Registered,EMEA,Iceland,English,Hospitality and Leisure,,,,,Test.,,inactive,,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        browser = Browser.open(port, "taxonomy");
    }

    @AfterAll
    void stop() {
        browser.close();
        taxonomies.replace(original);
        PARTNERS.forEach(directory::delete);
    }

    @Test
    void theAdminBringsTheVendorsOwnWords() throws Exception {
        browser.login("demo-admin").assertAt("/admin");
        browser.find(".console-nav a[href='/admin/taxonomy']").click();
        browser.assertAt("/admin/taxonomy");
        assertThat(browser.find(".console-nav a[aria-current=page]").getText()).isEqualTo("Taxonomy");

        // the directory's industries with their counts and the demo vocabulary's names
        WebElement logistics = browser.waitForVisible("#values tr[data-value='Logistics']");
        assertThat(Integer.parseInt(logistics.findElement(By.cssSelector("td.count")).getText())).isGreaterThanOrEqualTo(85);
        assertThat(logistics.findElement(By.cssSelector("td.names")).getText()).contains("freight");
        assertThat(browser.find("#tier-order-now").getText()).startsWith("Platinum > Gold > Silver > Registered");
        assertThat(browser.find("#tier-order-source").getText()).isEqualTo("(set here)");
        browser.check("taxonomy");

        // a synonym, then removed again
        new Select(browser.find("#synonym-facet")).selectByValue("industries");
        browser.find("#synonym-phrase").sendKeys("haulage firms");
        new Select(browser.find("#synonym-value")).selectByValue("Logistics");
        browser.find("#add-synonym").click();
        browser.waitFor(d -> browser.find("#values tr[data-value='Logistics'] td.names").getText().contains("haulage firms"));
        assertThat(browser.find("#toast").getText()).contains("\"haulage firms\" now means Logistics.");
        assertThat(taxonomies.stored().taxonomy().values().get(Facet.INDUSTRY).get("Logistics")).contains("haulage firms");
        browser.find("#values tr[data-value='Logistics'] button[aria-label='Remove \"haulage firms\" from Logistics']").click();
        browser.waitFor(d -> !browser.find("#values tr[data-value='Logistics'] td.names").getText().contains("haulage firms"));

        // a synonym for a value the directory does not have cannot be chosen; a clash is said in words
        browser.find("#synonym-phrase").sendKeys("Retail");
        new Select(browser.find("#synonym-value")).selectByValue("Logistics");
        browser.find("#add-synonym").click();
        browser.waitFor(d -> browser.find("#toast").getText().contains("'Retail' is itself a value of industries"));
        assertThat(browser.find("#toast").getAttribute("class")).contains("error");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("409"); // the refused request, as expected
        browser.check("synonym-refused");
        browser.find("#synonym-phrase").clear();

        // the tier order
        browser.find("#tier-order").sendKeys("Diamond > Platinum > Gold > Silver > Registered");
        browser.find("#save-tiers").click();
        browser.waitFor(d -> browser.find("#tier-order-now").getText().equals("Diamond > Platinum > Gold > Silver > Registered"));
        browser.find("#tier-order").sendKeys("Premier > Select > Member");
        browser.find("#save-tiers").click();
        browser.waitFor(d -> browser.find("#toast").getText().contains("no tier 'Premier'"));
        assertThat(browser.find("#tier-order-now").getText()).isEqualTo("Diamond > Platinum > Gold > Silver > Registered");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("400");
        browser.find("#tier-order").clear();

        // two spellings merged, after a confirmation that says what happens
        new Select(browser.find("#merge-facet")).selectByValue("industries");
        new Select(browser.find("#merge-from")).selectByValue("Hospitality and Leisure");
        new Select(browser.find("#merge-into")).selectByValue("Hospitality & Leisure");
        browser.find("#merge").click();
        WebElement dialog = browser.waitForVisible("dialog.confirm");
        assertThat(dialog.getText()).contains("Merge \"Hospitality and Leisure\" into \"Hospitality & Leisure\"?").contains("1 partner");
        browser.check("confirm-merge");
        dialog.findElement(By.cssSelector("button[value=cancel]")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector("dialog.confirm")).isEmpty());
        assertThat(directory.find("ZT-TAXB-02").orElseThrow().values(Facet.INDUSTRY)).containsExactly("Hospitality and Leisure");
        browser.find("#merge").click();
        browser.waitForVisible("dialog.confirm").findElement(By.id("confirm-ok")).click();
        browser.waitFor(d -> browser.find("#toast").getText().contains("1 partner updated"));
        new Select(browser.find("#show-facet")).selectByValue("industries");
        browser.waitFor(d -> d.findElements(By.cssSelector("#values tr[data-value='Hospitality and Leisure']")).isEmpty());
        WebElement kept = browser.find("#values tr[data-value='Hospitality & Leisure']");
        assertThat(kept.findElement(By.cssSelector("td.count")).getText()).isEqualTo("2");
        assertThat(kept.findElement(By.cssSelector("td.names")).getText()).contains("Hospitality and Leisure");
        assertThat(directory.find("ZT-TAXB-02").orElseThrow().values(Facet.INDUSTRY)).containsExactly("Hospitality & Leisure");
        assertThat(browser.find("#taxonomy-version").getText()).endsWith("by Demo Admin.");
        browser.driver().executeScript("arguments[0].scrollIntoView()", kept);
        browser.check("merged");

        // the file: downloaded as the page links it, uploaded back; a bad file is refused and changes nothing
        String yaml = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('download-yaml').href).then(r => r.text()).then(done, e => done('failed ' + e));");
        assertThat(yaml).contains("tierOrder:").contains("Hospitality & Leisure:");
        long version = taxonomies.stored().version();
        Path bad = Files.writeString(files.resolve("broken.yaml"), "tierOrder: [Gold\nindustries: {\n");
        browser.find("#yaml-file").sendKeys(bad.toAbsolutePath().toString());
        browser.find("#upload-yaml").click();
        browser.waitForVisible("dialog.confirm").findElement(By.id("confirm-ok")).click();
        WebElement refused = browser.waitForVisible("#upload-report p.error");
        assertThat(refused.getText()).startsWith("broken.yaml was not imported: Not valid YAML").endsWith("Nothing was changed.");
        assertThat(taxonomies.stored().version()).isEqualTo(version);
        assertThat(browser.consoleErrors()).singleElement().asString().contains("400");
        browser.check("bad-yaml");

        Path good = Files.writeString(files.resolve("taxonomy.yaml"), yaml.replace("templates: {}", "templates:\n  Hotel Renovation Plan: [hotel renovation]"));
        browser.find("#yaml-file").sendKeys(good.toAbsolutePath().toString());
        browser.find("#upload-yaml").click();
        browser.waitForVisible("dialog.confirm").findElement(By.id("confirm-ok")).click();
        browser.waitFor(d -> browser.find("#upload-report").getText().startsWith("Imported taxonomy.yaml."));
        assertThat(browser.find("#upload-report").getText()).contains("no partner has 'Hotel Renovation Plan' yet");
        assertThat(taxonomies.stored().taxonomy().values().get(Facet.TEMPLATE)).containsKey("Hotel Renovation Plan");
        browser.check("yaml-uploaded");

        browser.mobile();
        browser.get("/admin/taxonomy");
        browser.waitForVisible("#values tr[data-value]");
        browser.check("taxonomy");
        browser.desktop();
    }
}
