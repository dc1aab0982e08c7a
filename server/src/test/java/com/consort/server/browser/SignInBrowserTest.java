package com.consort.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.DemoServerTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each of the five demo people logs in through /login, lands on their own start page inside the one
 * layout (their navigation, their name), and logs out; at desktop width and at 390 px, with no console
 * error and no serious accessibility violation. Visitors get the landing page and a login page that
 * says what went wrong; errors are pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest extends DemoServerTest {

    @LocalServerPort
    int port;
    private Browser browser;

    @BeforeAll
    void start() {
        browser = Browser.open(port, "sign-in");
    }

    @BeforeEach
    void demoLoaded() throws InterruptedException {
        awaitDemoData();
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    static Stream<Arguments> people() {
        return Stream.of(
                Arguments.of("demo-seller", "Demo Seller", "/chat", List.of("Chat", "Partners")),
                Arguments.of("demo-partner", "Demo Partner", "/studio", List.of("Studio", "Reviews")),
                Arguments.of("demo-marketing", "Demo Marketing", "/review", List.of("Reviews", "Studio", "Deals")),
                Arguments.of("demo-evaluator", "Demo Evaluator", "/eval", List.of("Eval")),
                Arguments.of("demo-admin", "Demo Admin", "/admin", List.of("Admin", "Chat", "Partners", "Studio", "Reviews", "Eval", "Deals")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void eachPersonLandsOnTheirStartPageAndLogsOut(String username, String name, String start, List<String> navigation) {
        browser.restart("sign-in/" + username).login(username).assertAt(start);
        assertThat(browser.navigation()).isEqualTo(navigation);
        assertThat(browser.find(".main-nav a[aria-current=page]").getText()).isEqualTo(navigation.get(0));
        assertThat(browser.accountName()).isEqualTo(name);
        browser.check("start");

        // the brand link leads home, which for a logged-in person is their start page
        browser.find("header .brand").click();
        browser.assertAt(start);

        browser.mobile().get(start);
        assertThat(browser.navigation()).isEqualTo(navigation);
        assertThat(browser.accountName()).isEqualTo(name);
        browser.check("start");

        browser.logout();
        assertThat(browser.find("#logged-out").getText()).contains("logged out");
        browser.check("logged-out");
        browser.get(start).assertAt("/login"); // the session is over
    }

    @Test
    void visitorsLearnWhatConsortIsAndTheLoginPageSaysWhatWentWrong() {
        browser.restart("visitor").get("/");
        assertThat(browser.find("h1").getText()).isEqualTo("Consort");
        assertThat(browser.find("main").getText()).contains("Sellers").contains("Evaluators");
        browser.check("landing");

        browser.find("#home-login").click();
        browser.assertAt("/login");
        browser.find("#username").sendKeys("demo-seller");
        browser.find("#password").sendKeys("not-the-password");
        browser.find("#login-submit").click();
        browser.assertAt("/login?error");
        assertThat(browser.find("#login-error").getText()).contains("username or password is not right");
        browser.check("wrong-password");

        browser.mobile().get("/");
        browser.check("landing");
        browser.get("/login");
        browser.check("login");
    }

    @Test
    void errorsArePagesInTheLayout() {
        browser.restart("errors").login("demo-seller").assertAt("/chat");

        browser.get("/no-such-page");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        assertThat(browser.find(".error-page").getAttribute("data-status")).isEqualTo("404");
        assertThat(browser.navigation()).containsExactly("Chat", "Partners");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("404");
        browser.check("not-found");

        browser.get("/admin");
        assertThat(browser.find("h1").getText()).isEqualTo("Not for your role");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("403");
        browser.check("forbidden");

        browser.mobile().get("/review/not-a-draft");
        assertThat(browser.find(".error-page").getAttribute("data-status")).isEqualTo("403");
        assertThat(browser.consoleErrors()).singleElement().asString().contains("403");
        browser.check("forbidden");
    }
}
