package com.consort.server.accounts;

import com.consort.knowledge.ImportFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.StorageKind;
import com.consort.server.audit.AuditLog;
import com.consort.server.testing.WebClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.context.TestPropertySource;

/**
 * Accounts over HTTP: users created by admins log in with a session, the session calls the JSON API
 * (writes with the CSRF token), disable and password reset end sessions, and everything is audited.
 * Same configuration as EmbeddedServerTest, so the two share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"consort.admin-api-key=" + AccountsTest.ADMIN_KEY, "consort.demo-data=false"})
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
class AccountsTest {

    static final String ADMIN_KEY = "test-admin-key-0123456789";
    static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Users users;
    @Autowired
    AuditLog audit;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void partners() {
        directory.importFile(new ByteArrayInputStream("""
                id,name,type,tier,regions,countries,languages,industries,specializations,integrations,description,status,satisfaction
                AC1,Acme Partners GmbH,SI,Gold,DACH,Germany,German,Automotive,PMO,Jira,PMO work.,active,4.6
                AC2,Other Partner SAS,SI,Silver,EMEA,France,French,Healthcare,Workflow,Jira,Hospitals.,active,4.1
                """.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
    }

    WebClient.Response admin(String method, String path, String json) throws Exception {
        return WebClient.bearer(port, method, path, ADMIN_KEY, json);
    }

    String createUser(String role, String partnerId, String password) throws Exception {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin("POST", "/api/admin/users", "{\"username\":\"" + username + "\",\"role\":\"" + role + "\""
                + (partnerId == null ? "" : ",\"partnerId\":\"" + partnerId + "\"")
                + (password == null ? "" : ",\"password\":\"" + password + "\"") + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    @Test
    void aUserLogsInAndTheSessionCallsTheApiWithCsrfForWrites() throws Exception {
        String username = createUser("ADMIN", null, PASSWORD);
        var browser = new WebClient(port);
        var login = browser.login(username, PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");

        var me = browser.api("GET", "/api/me", null);
        assertThat(me.status()).isEqualTo(200);
        String userId = users.findByUsername(username).orElseThrow().id();
        assertThat(me.json().get("subject").asString()).isEqualTo("user:" + userId);
        assertThat(me.json().get("role").asString()).isEqualTo("ADMIN");
        // the session is a database row (Spring Session JDBC), so every instance knows it
        assertThat(sessionsOf(username)).isEqualTo(1);

        // a session write without the token is refused: another site could make the browser send it
        var noToken = browser.api("POST", "/api/admin/api-keys", "{\"name\":\"x\",\"role\":\"SELLER\"}", false);
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.json().get("detail").asString()).contains("CSRF");
        var withToken = browser.api("POST", "/api/admin/api-keys", "{\"name\":\"from the UI\",\"role\":\"SELLER\"}", true);
        assertThat(withToken.status()).isEqualTo(201);

        // the key made from the session is attributed to the user in the audit log
        var events = audit.search(new AuditLog.Filter("user:" + userId, "api-key", null, null), 0, 10);
        assertThat(events.items()).extracting(AuditLog.Event::action).containsExactly("api-key.created");
        assertThat(events.items().get(0).remoteAddress()).isNotBlank();
        assertThat(audit.search(new AuditLog.Filter("user:" + userId, "login", null, null), 0, 10).total()).isEqualTo(1);
        assertThat(users.find(userId).orElseThrow().lastLoginAt()).isNotNull();

        var logout = browser.logout();
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.header("Location")).endsWith("/login?logout");
        assertThat(browser.api("GET", "/api/me", null).status()).isEqualTo(401);
        assertThat(audit.search(new AuditLog.Filter("user:" + userId, "logout", null, null), 0, 10).total()).isEqualTo(1);
        assertThat(sessionsOf(username)).isZero();
    }

    private long sessionsOf(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?").param(username)
                .query(Long.class).single();
    }

    @Test
    void aWrongPasswordFailsAndIsAudited() throws Exception {
        String username = createUser("SELLER", null, PASSWORD);
        var browser = new WebClient(port);
        var failed = browser.login(username, "not-the-password");
        assertThat(failed.status()).isEqualTo(302);
        assertThat(failed.header("Location")).endsWith("/login?error");
        var errorPage = browser.page("/login?error");
        assertThat(errorPage.status()).as(errorPage.headers().map().toString()).isEqualTo(200);
        assertThat(errorPage.body()).contains("role=\"alert\"");
        assertThat(browser.api("GET", "/api/me", null).status()).isEqualTo(401);
        var events = audit.search(new AuditLog.Filter("anonymous", "login.failed", null, null), 0, 50);
        assertThat(events.items()).anySatisfy(e -> assertThat(e.target()).isEqualTo("username:" + username));
        // unknown users fail the same way
        assertThat(new WebClient(port).login("nobody-" + username, PASSWORD).header("Location")).endsWith("/login?error");
    }

    @Test
    void afterFiveFailuresTheLoginIsPausedWhateverItIsCalledAndThePageSaysUntilWhen() throws Exception {
        String username = "thr-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin("POST", "/api/admin/users", "{\"username\":\"" + username + "\",\"role\":\"SELLER\",\"email\":\""
                + username + "@example.com\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        // a control character after the name is no way around the throttle: it names nobody
        assertThat(new WebClient(port).login(username + "\u0001", PASSWORD).header("Location")).endsWith("/login?error");
        for (int i = 0; i < 5; i++) {
            assertThat(new WebClient(port).login(username, "guess-" + i).header("Location")).endsWith("/login?error");
        }
        // the right password now waits for the pause, by username, by email and with a control character
        for (String login : new String[] {username, username.toUpperCase() + "@example.com", username + "\u0001", username + "\u0007"}) {
            var browser = new WebClient(port);
            assertThat(browser.login(login, PASSWORD).header("Location")).as(login).endsWith("/login?error");
            assertThat(browser.api("GET", "/api/me", null).status()).as(login).isEqualTo(401);
        }
        var browser = new WebClient(port);
        browser.login(username, PASSWORD);
        var page = browser.page("/login?error");
        assertThat(page.body()).contains("id=\"login-paused\"").contains("paused until").contains("temporary")
                .doesNotContain("id=\"login-error\"");
        assertThat(audit.search(new AuditLog.Filter("anonymous", "login.throttled", null, null), 0, 50).items())
                .anySatisfy(e -> assertThat(e.target()).isEqualTo("username:" + username));
        // other users are not affected
        String other = createUser("SELLER", null, PASSWORD);
        assertThat(new WebClient(port).login(other, PASSWORD).header("Location")).doesNotContain("error");
    }

    @Test
    void disablingOrResettingAPasswordEndsOpenSessions() throws Exception {
        String username = createUser("MARKETING", null, PASSWORD);
        String id = users.findByUsername(username).orElseThrow().id();
        var browser = new WebClient(port);
        browser.login(username, PASSWORD);
        assertThat(browser.api("GET", "/api/me", null).status()).isEqualTo(200);

        var reset = admin("POST", "/api/admin/users/" + id + "/password", null);
        assertThat(reset.status()).isEqualTo(200);
        String generated = reset.json().get("password").asString();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
        assertThat(browser.api("GET", "/api/me", null).status()).isEqualTo(401);
        assertThat(new WebClient(port).login(username, PASSWORD).header("Location")).endsWith("/login?error");

        var again = new WebClient(port);
        assertThat(again.login(username, generated).header("Location")).doesNotContain("error");
        assertThat(again.api("GET", "/api/me", null).status()).isEqualTo(200);

        var disabled = admin("POST", "/api/admin/users/" + id + "/disable", null);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(again.api("GET", "/api/me", null).status()).isEqualTo(401);
        assertThat(new WebClient(port).login(username, generated).header("Location")).endsWith("/login?error");

        assertThat(admin("POST", "/api/admin/users/" + id + "/enable", null).json().get("enabled").asBoolean()).isTrue();
        assertThat(new WebClient(port).login(username, generated).header("Location")).doesNotContain("error");
        assertThat(audit.search(new AuditLog.Filter(null, "user", null, null), 0, 500).items())
                .filteredOn(e -> ("user:" + id).equals(e.target())).extracting(AuditLog.Event::action)
                .contains("user.created", "user.password-reset", "user.disabled", "user.enabled");
    }

    /** ASVS: new passwords are checked against common and trivial ones, not only their length. */
    @Test
    void commonTrivialAndPersonalPasswordsAreRefusedWithTheReason() throws Exception {
        String username = "weakling-" + UUID.randomUUID().toString().substring(0, 6);
        for (String weak : new String[] {"aaaaaaaaaaaa", "password1234", "abcdefghijkl", "123456789012", "qwertyuiopas",
                username + "1", "iloveyou1234"}) {
            var refused = admin("POST", "/api/admin/users", "{\"username\":\"" + username + "\",\"role\":\"SELLER\",\"password\":\""
                    + weak + "\"}");
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.json().get("detail").asString()).as(weak).contains("too easy to guess").doesNotContain(weak);
        }
        String created = createUser("SELLER", null, "violet-tram-harbour-71");
        String id = users.findByUsername(created).orElseThrow().id();
        assertThat(admin("POST", "/api/admin/users/" + id + "/password", "{\"password\":\"aaaaaaaaaaaaaaaa\"}").status()).isEqualTo(400);
        assertThat(admin("POST", "/api/admin/users/" + id + "/password", "{\"password\":\"" + created + "-2024\"}").status())
                .isEqualTo(400);
    }

    @Test
    void aUserChangesTheirOwnPasswordFromTheAccountMenuAndEverySessionEnds() throws Exception {
        String username = createUser("MARKETING", null, PASSWORD);
        var browser = new WebClient(port);
        browser.login(username, PASSWORD);
        var other = new WebClient(port);
        other.login(username, PASSWORD);
        // the account menu links to the page, which has a form
        assertThat(browser.page("/review").body()).contains("href=\"/account/password\"");
        var page = browser.page("/account/password");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"currentPassword\"").contains("name=\"newPassword\"");

        String newPassword = "amber-lantern-quarry-58";
        assertThat(browser.api("POST", "/api/me/password", "{\"currentPassword\":\"wrong-password-here\",\"newPassword\":\""
                + newPassword + "\"}").status()).isEqualTo(400);
        var weak = browser.api("POST", "/api/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"aaaaaaaaaaaa\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("detail").asString()).contains("too easy to guess");
        var changed = browser.api("POST", "/api/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\""
                + newPassword + "\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(browser.api("GET", "/api/me", null).status()).isEqualTo(401);
        assertThat(other.api("GET", "/api/me", null).status()).isEqualTo(401);
        assertThat(new WebClient(port).login(username, PASSWORD).header("Location")).endsWith("/login?error");

        // and back, with the page's form
        var again = new WebClient(port);
        assertThat(again.login(username, newPassword).header("Location")).doesNotContain("error");
        again.page("/account/password");
        var differ = again.form("/account/password", "currentPassword", newPassword, "newPassword", "scarlet-otter-meadow-93",
                "repeatPassword", "scarlet-otter-meadow-94");
        assertThat(differ.status()).isEqualTo(200);
        assertThat(differ.body()).contains("id=\"password-error\"");
        var done = again.form("/account/password", "currentPassword", newPassword, "newPassword", "scarlet-otter-meadow-93",
                "repeatPassword", "scarlet-otter-meadow-93");
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.header("Location")).endsWith("/login?passwordChanged");
        assertThat(new WebClient(port).login(username, "scarlet-otter-meadow-93").header("Location")).doesNotContain("error");
        // an API key has no password to change
        assertThat(admin("POST", "/api/me/password", "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}").status()).isEqualTo(400);
    }

    @Test
    void partnerUsersBelongToTheirPartnersOrganisationAndSeeOnlyIt() throws Exception {
        var unknown = admin("POST", "/api/admin/users", "{\"username\":\"p-unknown\",\"role\":\"PARTNER\",\"partnerId\":\"NOPE\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(admin("POST", "/api/admin/users", "{\"username\":\"p-none\",\"role\":\"PARTNER\"}").status()).isEqualTo(400);
        assertThat(admin("POST", "/api/admin/users", "{\"username\":\"s-partner\",\"role\":\"SELLER\",\"partnerId\":\"AC1\"}").status())
                .isEqualTo(400);

        String username = createUser("PARTNER", "AC1", null);
        UserAccount account = users.findByUsername(username).orElseThrow();
        assertThat(account.partnerId()).isEqualTo("AC1");
        assertThat(jdbc.sql("SELECT name FROM organisation WHERE id = ?").param(account.organisationId()).query(String.class)
                .single()).isEqualTo("Acme Partners GmbH");
        // a second user of the same partner joins the same organisation
        String second = createUser("PARTNER", "AC1", PASSWORD);
        assertThat(users.findByUsername(second).orElseThrow().organisationId()).isEqualTo(account.organisationId());

        var browser = new WebClient(port);
        browser.login(second, PASSWORD);
        assertThat(browser.api("GET", "/api/me", null).json().get("partnerId").asString()).isEqualTo("AC1");
        assertThat(browser.api("GET", "/api/partners/AC1", null).status()).isEqualTo(200);
        assertThat(browser.api("GET", "/api/partners/AC2", null).status()).isEqualTo(404);
        assertThat(browser.api("GET", "/api/partners", null).status()).isEqualTo(403);
        assertThat(browser.api("GET", "/api/admin/users", null).status()).isEqualTo(403);
    }

    @Test
    void userRequestsAreValidated() throws Exception {
        String username = createUser("EVALUATOR", null, PASSWORD);
        var taken = admin("POST", "/api/admin/users", "{\"username\":\"" + username.toUpperCase() + "\",\"role\":\"SELLER\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.header("Content-Type")).startsWith("application/problem+json");
        assertThat(admin("POST", "/api/admin/users", "{\"username\":\"shorty\",\"role\":\"SELLER\",\"password\":\"short\"}").status())
                .isEqualTo(400);
        assertThat(admin("POST", "/api/admin/users", "{\"username\":\"<b>x</b>\",\"role\":\"SELLER\"}").status()).isEqualTo(400);
        assertThat(admin("POST", "/api/admin/users", "{\"username\":\"kingly\",\"role\":\"KING\"}").status()).isEqualTo(400);
        assertThat(admin("POST", "/api/admin/users/nope/disable", null).status()).isEqualTo(404);
        assertThat(admin("POST", "/api/admin/users/nope/password", "{}").status()).isEqualTo(404);

        var list = admin("GET", "/api/admin/users?role=EVALUATOR", null);
        assertThat(list.body()).contains(username).doesNotContain("password").doesNotContain("bcrypt");
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class)
                .single()).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);

        String seller = createUser("SELLER", null, PASSWORD);
        var browser = new WebClient(port);
        browser.login(seller, PASSWORD);
        assertThat(browser.api("GET", "/api/admin/users", null).status()).isEqualTo(403);
        assertThat(browser.api("GET", "/api/admin/audit", null).status()).isEqualTo(403);
    }

    @Test
    void apiKeysRecordLastUseAndRevocationIsAudited() throws Exception {
        var created = admin("POST", "/api/admin/api-keys", "{\"name\":\"ci\",\"role\":\"EVALUATOR\"}");
        String id = created.json().get("id").asString();
        String key = created.json().get("key").asString();
        assertThat(WebClient.bearer(port, "GET", "/api/me", key, null).status()).isEqualTo(200);
        var listed = admin("GET", "/api/admin/api-keys", null).json();
        var entry = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(k -> k.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(entry.get("lastUsedAt").isNull()).isFalse();
        assertThat(Instant.parse(entry.get("lastUsedAt").asString())).isAfter(Instant.now().minusSeconds(60));

        assertThat(admin("DELETE", "/api/admin/api-keys/" + id, null).status()).isEqualTo(204);
        assertThat(WebClient.bearer(port, "GET", "/api/me", key, null).status()).isEqualTo(401);
        var events = admin("GET", "/api/admin/audit?action=api-key&size=500", null).json();
        assertThat(events.get("items").toString()).contains("\"target\":\"key:" + id + "\"").contains("api-key.revoked")
                .contains("api-key.created");
    }

    @Test
    void theAuditLogIsFilteredAndPagedForAdmins() throws Exception {
        Instant before = Instant.now().minusMillis(1);
        for (int i = 0; i < 3; i++) {
            createUser("SELLER", null, null);
        }
        var page = admin("GET", "/api/admin/audit?action=user.created&from=" + before + "&size=2", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(page.json().get("items").size()).isEqualTo(2);
        var first = page.json().get("items").get(0);
        assertThat(first.get("actor").asString()).startsWith("key:");
        assertThat(first.get("actorName").asString()).contains("CONSORT_ADMIN_API_KEY");
        assertThat(first.get("remoteAddress").asString()).isNotBlank();
        var nextPage = admin("GET", "/api/admin/audit?action=user.created&from=" + before + "&size=2&page=1", null);
        assertThat(nextPage.json().get("items").get(0).get("id").asLong()).isLessThan(first.get("id").asLong());
        assertThat(admin("GET", "/api/admin/audit?to=" + before + "&from=" + before, null).status()).isEqualTo(400);
        assertThat(admin("GET", "/api/admin/audit?action=DROP%20TABLE", null).status()).isEqualTo(400);
        assertThat(admin("GET", "/api/admin/audit?from=yesterday", null).status()).isEqualTo(400);
        assertThat(admin("GET", "/api/admin/audit?size=100000", null).status()).isEqualTo(400);
    }

    @Test
    void pagesHaveSecureHeadersAndTheSessionCookieIsHttpOnly() throws Exception {
        var browser = new WebClient(port);
        var login = browser.page("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("<label for=\"username\">").contains("name=\"_csrf\"").doesNotContain("Sign in with");
        assertThat(login.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("CONSORT_SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

        // a login form post without the CSRF token is refused
        var forged = WebClient.bearer(port, "GET", "/login", null, null);
        assertThat(forged.status()).isEqualTo(200);
        var noToken = new WebClient(port).form("/login", "username", "x", "password", "y");
        assertThat(noToken.status()).isEqualTo(403);

        // API calls with a key never create a session
        var keyed = WebClient.bearer(port, "GET", "/api/me", ADMIN_KEY, null);
        assertThat(keyed.headers().allValues("Set-Cookie")).isEmpty();
        // pages other than the landing and login pages need a login
        assertThat(WebClient.bearer(port, "GET", "/review", null, null).header("Location")).endsWith("/login");
    }

    @Test
    void openIdConnectIsOffByDefault() throws Exception {
        assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
        var start = WebClient.bearer(port, "GET", "/oauth2/authorization/oidc", null, null);
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Location")).endsWith("/login");
    }

    @Test
    void theFirstAdminUsesTheConfiguredPasswordAndDemoUsersStayOffPostgres() {
        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(com.consort.server.security.Role.ADMIN);
        assertThat(audit.search(new AuditLog.Filter("system", "user.created", null, null), 0, 10).items())
                .anySatisfy(e -> assertThat(e.target()).isEqualTo(admin.subject()));

        new FirstAdmin(users, audit, "configured-admin-password").run(null);
        assertThat(users.passwordMatches(admin.id(), "configured-admin-password")).isTrue();
        assertThatThrownBy(() -> new FirstAdmin(users, audit, "short").run(null)).isInstanceOf(IllegalArgumentException.class);

        new DemoUsers(true, StorageKind.POSTGRES, users).run(null);
        assertThat(users.exists("demo-admin")).isFalse();
        new DemoUsers(true, StorageKind.EMBEDDED, users).run(null);
        for (String role : new String[] {"admin", "seller", "partner", "marketing", "evaluator"}) {
            assertThat(users.exists("demo-" + role)).as(role).isTrue();
        }
        UserAccount partner = users.findByUsername("demo-partner").orElseThrow();
        assertThat(partner.partnerId()).isEqualTo(DemoUsers.DEMO_PARTNER);
        assertThat(users.passwordMatches(partner.id(), DemoUsers.PASSWORD)).isTrue();
        assertThat(jdbc.sql("SELECT name FROM organisation WHERE partner_id = 'P0001'").query(String.class).single())
                .isEqualTo("Banyan Systems Private Limited");
    }
}
