package com.consort.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.DemoServerTest;
import com.consort.server.security.Role;
import com.consort.server.testing.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The web UI's frame over HTTP: who may open which page (and that everyone's navigation leads only to
 * pages they may open), where each person lands, errors as pages for browsers and as problem+json for
 * the API, the favicon, Swagger UI's session support, and the conventions that keep pages easy to find.
 */
class WebPagesTest extends DemoServerTest {

    private static final List<String> PAGES = List.of("/admin", "/chat", "/partners", "/studio", "/review", "/eval", "/deals", "/deals/exposure");
    /** Pages each role may open (at least its navigation; the API's roles may open a page beyond it). */
    private static final Map<Role, Set<String>> ALLOWED = Map.of(
            Role.SELLER, Set.of("/chat", "/partners", "/deals"),
            Role.PARTNER, Set.of("/studio", "/review", "/deals"), // deals: its own only
            Role.MARKETING, Set.of("/review", "/studio", "/chat", "/partners", "/deals", "/deals/exposure"),
            Role.EVALUATOR, Set.of("/eval", "/chat", "/partners"),
            Role.ADMIN, Set.copyOf(PAGES));
    private static final Pattern NAV_LINK = Pattern.compile("<li><a href=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void eachPersonLandsOnTheirStartPageAndOpensExactlyTheirPages() throws Exception {
        for (Role role : Role.values()) {
            var browser = new WebClient(port);
            assertThat(browser.login("demo-" + role.name().toLowerCase(Locale.ROOT), "consort-demo").status()).isEqualTo(302);
            var home = browser.page("/");
            assertThat(home.status()).isEqualTo(302);
            assertThat(home.header("Location")).as(role.name()).endsWith(Navigation.startPage(role));

            var start = browser.page(Navigation.startPage(role));
            List<String> nav = new ArrayList<>();
            String header = start.body().substring(start.body().indexOf("class=\"main-nav\""));
            var links = NAV_LINK.matcher(header.substring(0, header.indexOf("</nav>")));
            while (links.find()) {
                nav.add(links.group(1));
            }
            assertThat(nav).as(role.name()).isEqualTo(Navigation.links(role).stream().map(Navigation.Link::href).toList());
            assertThat(ALLOWED.get(role)).as(role + " may open every page of its navigation").containsAll(nav);

            for (String page : PAGES) {
                var response = browser.page(page);
                if (ALLOWED.get(role).contains(page)) {
                    assertThat(response.status()).as(role + " " + page).isEqualTo(200);
                    assertThat(response.body()).contains("<meta name=\"csrf-token\"").contains("/js/consort.js");
                } else {
                    assertThat(response.status()).as(role + " " + page).isEqualTo(403);
                    assertThat(response.header("Content-Type")).startsWith("text/html");
                    assertThat(response.body()).contains("Not for your role").contains("class=\"main-nav\"");
                }
            }
        }
        // visitors are sent to log in, and come back where they were going
        assertThat(WebClient.bearer(port, "GET", "/eval", null, null).header("Location")).endsWith("/login");
        // and reading about Consort costs the server no session
        var landing = WebClient.bearer(port, "GET", "/", null, null);
        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void browsersGetErrorPagesAndTheApiKeepsProblemJson() throws Exception {
        var browser = new WebClient(port);
        browser.login("demo-marketing", "consort-demo");

        var missing = browser.page("/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(missing.body()).contains("Page not found").contains("Demo Marketing").doesNotContain("Whitelabel");

        // an exception in a page controller (no such draft) is a page too, with the status it stands for
        var noDraft = browser.page("/review/no-such-draft");
        assertThat(noDraft.status()).isEqualTo(404);
        assertThat(noDraft.body()).contains("Page not found");
        var badQuery = browser.page("/review?minAgeHours=soon");
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.body()).contains("This request cannot be used").doesNotContain("error-detail");
        // an input the page refuses with its reason (as the API would in its problem+json) says that reason
        var badSize = browser.page("/deals?size=enormous");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.body()).contains("This request cannot be used").contains("id=\"error-detail\"")
                .contains("Unknown deal size &#39;enormous&#39;");

        var api = browser.api("GET", "/api/no-such-endpoint", null);
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        var apiDraft = browser.api("GET", "/api/review/drafts/no-such-draft", null);
        assertThat(apiDraft.status()).isEqualTo(404);
        assertThat(apiDraft.header("Content-Type")).startsWith("application/problem+json");

        for (String icon : List.of("/favicon.ico", "/favicon.svg")) {
            var response = WebClient.bearer(port, "GET", icon, null, null);
            assertThat(response.status()).as(icon).isEqualTo(200);
            assertThat(response.header("Content-Type")).as(icon).startsWith("image/");
        }
    }

    @Test
    void theLoginPageSaysWhyAndShowsOnlyWhatTheServerDecided() throws Exception {
        var visitor = new WebClient(port);
        assertThat(visitor.page("/login?error").body()).contains("id=\"login-error\"").doesNotContain("login-paused");
        // the query is anyone's to write: a pause is said only when the throttle paused this session's login
        assertThat(visitor.page("/login?error&locked=7").body()).doesNotContain("login-paused").doesNotContain("7 minutes");
        assertThat(visitor.page("/login?passwordChanged").body()).contains("id=\"password-changed\"");
    }

    @Test
    void swaggerUiTakesAKeyOrTheSessionWithItsCsrfToken() throws Exception {
        var docs = WebClient.bearer(port, "GET", "/v3/api-docs", null, null).json();
        assertThat(docs.at("/components/securitySchemes/apiKey/scheme").asString()).isEqualTo("bearer");
        var initializer = WebClient.bearer(port, "GET", "/swagger-ui/swagger-initializer.js", null, null);
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.body()).contains("localStorage.getItem('consort.csrf')").contains("X-CSRF-TOKEN");
        assertThat(Files.readString(Path.of("src/main/resources/static/js/consort.js")))
                .contains("localStorage.setItem('consort.csrf'");
    }

    @Test
    void theAdminConsoleIsForAdminsAndARunsReportHasItsOwnAddressForEvaluators() throws Exception {
        var admin = new WebClient(port);
        admin.login("demo-admin", "consort-demo");
        var evaluator = new WebClient(port);
        evaluator.login("demo-evaluator", "consort-demo");
        for (Navigation.Link section : Navigation.ADMIN_CONSOLE) {
            var page = admin.page(section.href());
            assertThat(page.status()).as(section.href()).isEqualTo(200);
            // every section has the console's navigation, with itself marked
            assertThat(page.body()).as(section.href()).contains("class=\"console-nav\"")
                    .contains("<a href=\"" + section.href() + "\" aria-current=\"page\">" + section.label() + "</a>");
            assertThat(evaluator.page(section.href()).status()).as(section.href()).isEqualTo(403);
        }
        assertThat(evaluator.page("/eval/compare").status()).isEqualTo(200);
        var unknownRun = evaluator.page("/eval/runs/no-such-run");
        assertThat(unknownRun.status()).isEqualTo(404);
        assertThat(unknownRun.body()).contains("Page not found");
        var seller = new WebClient(port);
        seller.login("demo-seller", "consort-demo");
        assertThat(seller.page("/eval/runs/no-such-run").status()).isEqualTo(403);
    }

    /** Pages are easy to find: XxxPage classes marked @WebPage, templates in a folder per feature. */
    @Test
    void pagesFollowOneConvention() throws IOException {
        List<String> pages = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> paths = info.getPatternValues();
            boolean machine = paths.stream().allMatch(p -> Stream.of("/api", "/v1", "/mcp", "/v3", "/swagger-ui", "/error")
                    .anyMatch(p::startsWith));
            if (machine) {
                return;
            }
            Class<?> type = ((HandlerMethod) method).getBeanType();
            pages.add(type.getSimpleName());
            assertThat(AnnotatedElementUtils.hasAnnotation(type, WebPage.class)).as(type + " serves " + paths + ": mark it @WebPage").isTrue();
            assertThat(type.getSimpleName()).as(type + " serves " + paths).endsWith("Page");
            assertThat(type.getPackageName()).as(type + " lives in the package of its feature").startsWith("com.consort.server.");
        });
        assertThat(pages).contains("HomePage", "LoginPage", "ChatPage", "StudioPage", "ReviewQueuePage", "ReviewPage", "EvalPage", "AdminPage");
        try (var templates = Files.walk(Path.of("src/main/resources/templates"))) {
            assertThat(templates.filter(p -> p.toString().endsWith(".ftlh")).map(p -> p.getParent().getFileName().toString()))
                    .as("templates live in a folder per feature").doesNotContain("templates");
        }
    }
}
