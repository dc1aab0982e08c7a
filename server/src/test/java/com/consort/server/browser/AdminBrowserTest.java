package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.PartnerDirectory;
import com.consort.server.DemoServerTest;
import com.consort.server.testing.WebClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin's job in the browser, through the admin console: logs in, sees the server's state, creates a
 * user (the generated password shown once), disables and enables them and resets their password, creates
 * an API key (shown once, with Copy; its last use shows once a machine used it) and revokes it after a
 * confirmation, imports a partner file (the row report with the rejected row's line and reason), one
 * document and a bundle (the progress bar to the end, then the report), and filters the audit log; at
 * desktop width and at 390 px. The new user then logs in with the password the admin was shown. What the
 * test imports is inactive and removed afterwards: the other tests share the demo ecosystem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminBrowserTest extends DemoServerTest {

    private static final List<String> PARTNERS = List.of("ZT-ADMIN-01", "ZT-ADMIN-02", "ZT-ADMIN-03");
    /** The demo directory's columns, for the partner files the browser tests import. */
    static final String HEADER = "id,name,type,tier,regions,countries,languages,industries,specializations,"
            + "certifications,integrations,templates,description,website,status,satisfaction,partner_manager\n";

    @LocalServerPort
    int port;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    DocumentRepository documents;
    @Autowired
    DocumentIngestor ingestor;
    @TempDir
    Path files;
    private Browser browser;

    @BeforeAll
    void start() {
        browser = Browser.open(port, "admin");
    }

    @AfterAll
    void stop() {
        browser.close();
        PARTNERS.forEach(directory::delete);
        documents.list(null, null, 0, 10_000).stream()
                .filter(d -> (d.partnerId() != null && PARTNERS.contains(d.partnerId())) || d.title().startsWith("ZT admin"))
                .forEach(d -> ingestor.delete(d.id()));
    }

    @Test
    void theAdminManagesPeopleAndKeysImportsDataAndReadsTheAuditLog() throws Exception {
        awaitDemoData();
        browser.login("demo-admin").assertAt("/admin");
        assertThat(browser.findAll(".console-nav a")).extracting(WebElement::getText)
                .containsExactly("Overview", "Users", "API keys", "Imports", "Taxonomy", "Audit log");
        assertThat(browser.find(".console-nav a[aria-current=page]").getText()).isEqualTo("Overview");
        assertThat(browser.find("#state-demo").getText()).isEqualTo("loaded");
        browser.check("overview");

        String password = users();
        String key = keys();
        imports();
        audit();

        // on a phone: every section
        browser.mobile();
        for (String section : List.of("/admin", "/admin/users", "/admin/keys", "/admin/imports", "/admin/taxonomy", "/admin/audit")) {
            browser.get(section);
            browser.settle();
            browser.check(section.substring(1).replace('/', '-'));
        }
        browser.desktop();

        // the revoked key no longer opens anything; the new user logs in with the password the admin was shown
        assertThat(WebClient.bearer(port, "GET", "/api/me", key, null).status()).isEqualTo(401);
        browser.logout();
        browser.login(username, password).assertAt("/studio");
        assertThat(browser.accountName()).isEqualTo("Pat Partner");
    }

    private String username;

    /** Creates a partner's user, disables and enables them, resets their password; returns the password shown. */
    private String users() {
        browser.find(".console-nav a[href='/admin/users']").click();
        browser.assertAt("/admin/users");
        browser.waitFor(d -> !d.findElements(By.cssSelector("#users tbody tr[data-id]")).isEmpty());
        username = "pat-" + System.nanoTime();
        browser.find("#username").sendKeys(username);
        browser.find("#display-name").sendKeys("Pat Partner");
        browser.find("#email").sendKeys(username + "@partner.example");
        new Select(browser.find("#role")).selectByValue("PARTNER");
        browser.waitForVisible("#partner-id").sendKeys("P0001");
        // the partner id says which partner it is
        browser.waitFor(d -> browser.find("#partner-name").getText().equals("Banyan Systems Private Limited"));
        browser.find("#create-user").click();
        String first = browser.waitForVisible("#secret-value").getAttribute("value");
        assertThat(first).hasSizeGreaterThanOrEqualTo(12);
        assertThat(browser.find("#secret h2").getText()).isEqualTo("Password for Pat Partner (" + username + ")");
        browser.find("#copy-secret").click();
        browser.waitFor(d -> !browser.find("#toast").getText().isBlank());
        WebElement row = userRow();
        assertThat(row.getText()).contains("Pat Partner").contains("Partner").contains("Banyan Systems Private Limited").contains("active");
        browser.check("user-created");

        // disable, after a confirmation; enable again
        row.findElement(By.cssSelector("button.toggle")).click();
        WebElement dialog = browser.waitForVisible("dialog.confirm");
        assertThat(dialog.getText()).contains("Disable Pat Partner?");
        browser.check("confirm-disable");
        dialog.findElement(By.id("confirm-ok")).click();
        browser.waitFor(d -> userRow().getText().contains("disabled"));
        userRow().findElement(By.cssSelector("button.toggle")).click();
        browser.waitFor(d -> userRow().getText().contains("active"));

        // a new password, shown once
        userRow().findElement(By.cssSelector("button.reset")).click();
        browser.waitForVisible("dialog.confirm").findElement(By.id("confirm-ok")).click();
        browser.waitFor(d -> browser.find("#secret h2").getText().equals("New password for Pat Partner"));
        String reset = browser.find("#secret-value").getAttribute("value");
        assertThat(reset).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(12);
        browser.check("password-reset");
        browser.find("#dismiss-secret").click();
        assertThat(browser.findAll("#secret-value")).isEmpty();
        return reset;
    }

    private WebElement userRow() {
        return browser.find("#users tr[data-username='" + username + "']");
    }

    /** Creates a key (shown once), sees its last use after a machine used it, revokes it after a confirmation; returns it. */
    private String keys() throws Exception {
        browser.find(".console-nav a[href='/admin/keys']").click();
        browser.assertAt("/admin/keys");
        browser.find("#key-name").sendKeys("CI eval gate");
        new Select(browser.find("#key-role")).selectByValue("EVALUATOR");
        browser.find("#create-key").click();
        String key = browser.waitForVisible("#secret-value").getAttribute("value");
        assertThat(browser.find("#secret").getText()).contains("shown only this once");
        browser.find("#copy-secret").click();
        browser.waitFor(d -> !browser.find("#toast").getText().isBlank());
        WebElement row = browser.waitForVisible("#keys tr[data-name='CI eval gate']");
        assertThat(row.getText()).contains("Evaluator").contains("never").contains("active");
        browser.check("key-created");

        // a machine uses the key; the list says when, and never shows the key again
        assertThat(WebClient.bearer(port, "GET", "/api/eval/suites", key, null).status()).isEqualTo(200);
        browser.get("/admin/keys");
        row = browser.waitForVisible("#keys tr[data-name='CI eval gate']");
        assertThat(row.findElement(By.cssSelector(".last-used")).getText()).isNotEqualTo("never");
        assertThat(browser.find("main").getText()).doesNotContain(key);
        assertThat(browser.findAll("#secret-value")).isEmpty();

        // revoking asks first: cancel keeps the key, confirm revokes it
        row.findElement(By.cssSelector("button.revoke")).click();
        WebElement dialog = browser.waitForVisible("dialog.confirm");
        assertThat(dialog.getText()).contains("Revoke the key \"CI eval gate\"?").contains("cannot be undone");
        browser.check("confirm-revoke");
        dialog.findElement(By.cssSelector("button[value=cancel]")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector("dialog.confirm")).isEmpty());
        assertThat(browser.find("#keys tr[data-name='CI eval gate']").getText()).contains("active");
        browser.find("#keys tr[data-name='CI eval gate'] button.revoke").click();
        browser.waitForVisible("dialog.confirm").findElement(By.id("confirm-ok")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector("#keys tr[data-name='CI eval gate']")).isEmpty());
        browser.find("#show-revoked").click();
        browser.waitFor(d -> browser.find("#keys tr[data-name='CI eval gate']").getText().contains("revoked"));
        return key;
    }

    /** A partner file with a bad row, one document, and a bundle followed to the end. */
    private void imports() throws IOException {
        browser.find(".console-nav a[href='/admin/imports']").click();
        browser.assertAt("/admin/imports");
        Path csv = Files.writeString(files.resolve("partners.csv"), HEADER
                + "ZT-ADMIN-01,ZT Admin Check One,Reseller,Registered,EMEA,Iceland,English,,,,,,A partner of the admin test.,,inactive,,\n"
                + "ZT-ADMIN-02,ZT Admin Check Two,Reseller,Registered,EMEA,Iceland,English,,,,,,A partner of the admin test.,,inactive,,\n"
                + "ZT-ADMIN-XX,,Reseller,Registered,EMEA,Iceland,English,,,,,,A row without a name.,,inactive,,\n");
        browser.find("#partners-file").sendKeys(csv.toAbsolutePath().toString());
        browser.find("#partners-submit").click();
        WebElement report = browser.waitForVisible("#partners-report .counts");
        assertThat(report.getText()).isEqualTo("2 partners imported, 0 updated, 1 row rejected.");
        assertThat(browser.find("#partners-report").getText()).doesNotContain("null");
        List<WebElement> rejected = browser.findAll("#partners-report table.rejected tbody td");
        assertThat(rejected.get(0).getText()).isEqualTo("4");
        assertThat(rejected.get(1).getText()).isEqualTo("ZT-ADMIN-XX");
        assertThat(rejected.get(2).getText()).containsIgnoringCase("name");
        browser.check("partners-imported");

        // a CRM export with a column of its own, named through the mapping; a row for an unknown partner is rejected
        Path deals = Files.writeString(files.resolve("deals.csv"), "Opportunity ID,Account Name,Close Date,Stage,Reseller,Partner Role\n"
                + "ZT-OPP-1,ZT Account,2026-05-01,Closed Won,ZT Admin Check One,Deal Registration\n"
                + "ZT-OPP-2,ZT Account,2026-05-01,Closed Won,ZT Nobody,Reseller\n");
        browser.find("#opportunities-file").sendKeys(deals.toAbsolutePath().toString());
        browser.find("#opportunities-mapping").sendKeys("{\"partner\":\"Reseller\"}");
        // below the partner form's toast: brought to the middle of the screen first
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find("#opportunities-submit"));
        browser.find("#opportunities-submit").click();
        assertThat(browser.waitForVisible("#opportunities-report .counts").getText())
                .isEqualTo("1 opportunity row imported, 0 updated, 1 row rejected.");
        List<WebElement> dealRejected = browser.findAll("#opportunities-report table.rejected tbody td");
        assertThat(dealRejected.get(0).getText()).isEqualTo("3");
        assertThat(dealRejected.get(2).getText()).contains("'ZT Nobody' is not in the partner directory");
        browser.check("opportunities-imported");

        Path note = Files.writeString(files.resolve("zt-note.md"), "# ZT admin note\n\nThis note checks the admin's upload of one document.\n");
        browser.find("#document-file").sendKeys(note.toAbsolutePath().toString());
        new Select(browser.find("#document-kind")).selectByValue("collateral");
        browser.find("#document-title-input").sendKeys("ZT admin upload check");
        browser.find("#document-submit").click();
        assertThat(browser.waitForVisible("#document-report p").getText())
                .startsWith("\"ZT admin upload check\" is indexed as collateral (1 passage");

        Path bundle = files.resolve("bundle.zip");
        try (OutputStream out = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "partners.csv", HEADER
                    + "ZT-ADMIN-03,ZT Admin Check Three,Reseller,Registered,EMEA,Iceland,English,,,,,,A partner of the admin test.,,inactive,,\n");
            entry(zip, "documents/documents.csv", "file,kind,partnerId,title\n"
                    + "zt-story.md,case_study,ZT-ADMIN-03,ZT admin bundle story\n");
            entry(zip, "documents/zt-story.md", "# ZT admin bundle story\n\nA story that checks the bundle import.\n");
        }
        browser.find("#bundle-file").sendKeys(bundle.toAbsolutePath().toString());
        browser.find("#bundle-submit").click();
        browser.waitForVisible("#job-bar");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .until(d -> browser.find("#job-state").getText().equals("Import finished."));
        // the bar ran to its end, and the address keeps the job for a reload
        assertThat(browser.find("#job-bar").getAttribute("value")).isEqualTo(browser.find("#job-bar").getAttribute("max"));
        assertThat(browser.path()).startsWith("/admin/imports?job=");
        assertThat(browser.find("#job-report").getText()).contains("1 partner imported, 0 updated, 0 rows rejected.")
                .contains("1 document indexed, 0 already present, 0 could not be read.").doesNotContain("null");
        browser.driver().executeScript("arguments[0].scrollIntoView()", browser.find("h1"));
        browser.check("bundle-imported"); // README's picture of the admin console (docs/screenshots/admin.png)

        browser.get(browser.path()); // a reload shows the finished job again
        browser.waitFor(d -> browser.find("#job-state").getText().equals("Import finished."));
        assertThat(directory.find("ZT-ADMIN-03")).isPresent();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Filters the audit log by action, by who and by days; the filters live in the address. */
    private void audit() {
        browser.find(".console-nav a[href='/admin/audit']").click();
        browser.assertAt("/admin/audit");
        browser.waitFor(d -> !d.findElements(By.cssSelector("#audit tbody tr[data-action]")).isEmpty());
        browser.find("#action").sendKeys("api-key");
        new Select(browser.find("#actor")).selectByVisibleText("Demo Admin");
        browser.find("#audit-search").click();
        browser.waitFor(d -> browser.path().contains("action=api-key"));
        browser.waitFor(d -> d.findElements(By.cssSelector("#audit tbody tr[data-action]")).size() >= 2
                && d.findElements(By.cssSelector("#audit tbody tr[data-action]")).stream()
                        .allMatch(r -> r.getAttribute("data-action").startsWith("api-key.")));
        assertThat(browser.findAll("#audit tbody tr")).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("Demo Admin") && t.contains("api-key.revoked"))
                .anyMatch(t -> t.contains("api-key.created") && t.contains("name=CI eval gate"));
        browser.check("audit-filtered");

        // today only, by the address; tomorrow has nothing yet
        String today = LocalDate.now().toString();
        browser.get("/admin/audit?action=user&from=" + today + "&to=" + today);
        browser.waitFor(d -> !d.findElements(By.cssSelector("#audit tbody tr[data-action]")).isEmpty());
        assertThat(browser.find("#from").getAttribute("value")).isEqualTo(today);
        assertThat(browser.findAll("#audit tbody tr[data-action]")).extracting(r -> r.getAttribute("data-action"))
                .contains("user.created", "user.disabled", "user.enabled", "user.password-reset").allMatch(a -> a.startsWith("user."));
        String tomorrow = LocalDate.now().plusDays(1).toString();
        browser.get("/admin/audit?from=" + tomorrow);
        browser.waitFor(d -> browser.find("#audit tbody").getText().equals("No event matches these filters."));

        // paged, newest first
        browser.find("#audit-clear").click();
        browser.waitFor(d -> browser.path().equals("/admin/audit"));
        browser.waitFor(d -> browser.find("#page-info").getText().startsWith("Page 1 of "));
        int pages = Integer.parseInt(browser.find("#page-info").getText().replace("Page 1 of ", ""));
        assertThat(browser.find("#older").isEnabled()).isEqualTo(pages > 1);
        assertThat(browser.find("#newer").isEnabled()).isFalse();
        if (pages > 1) {
            browser.find("#older").click();
            browser.waitFor(d -> browser.find("#page-info").getText().equals("Page 2 of " + pages));
        }
    }
}
