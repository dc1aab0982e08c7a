package com.consort.server.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.BulkImport;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.testing.DemoSlice;
import com.consort.server.accounts.Users;
import com.consort.server.browser.Browser;
import com.consort.server.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The assistant over HTTP and in the chat page, on the embedded set-up with a slice of the demo. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"consort.admin-api-key=" + AssistantApiTest.ADMIN, "consort.demo-data=false"})
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantApiTest {

    static final String ADMIN = "assistant-admin-key-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    BulkImport bulkImport;
    @Autowired
    Users users;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String seller;
    private String otherSeller;
    private String partner;

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @BeforeAll
    void load() throws Exception {
        bulkImport.run(DemoSlice.of(60, 4), DocumentKind.CASE_STUDY, (phase, done, total) -> { });
        seller = key("SELLER", null);
        otherSeller = key("SELLER", null);
        partner = key("PARTNER", "P0001");
    }

    @Test
    void aSellerAsksAndFollowsUpAndOnlyTheyCanReadTheConversation() throws Exception {
        String id = call("POST", "/api/assistant/conversations", seller, null, null).json().get("id").asString();

        Reply first = call("POST", "/api/assistant/conversations/" + id + "/messages", seller,
                "{\"text\":\"Which partners in EMEA work with manufacturers?\"}", null);
        assertThat(first.status()).isEqualTo(200);
        JsonNode answer = first.json();
        assertThat(answer.get("mode").asString()).isEqualTo("offline");
        assertThat(answer.get("partners").size()).isPositive();
        JsonNode top = answer.get("partners").get(0);
        assertThat(top.has("partnerId") && top.has("name") && top.has("reasons") && top.has("evidence")).isTrue();
        assertThat(answer.get("answer").asString()).contains(top.get("name").asString());
        assertThat(answer.get("citations").size()).isPositive();

        Reply followUp = call("POST", "/api/assistant/conversations/" + id + "/messages", seller,
                "{\"text\":\"tell me more about the first one\"}", null);
        assertThat(followUp.json().get("intent").asString()).isEqualTo("partner_detail");
        assertThat(followUp.json().get("partners").get(0).get("partnerId").asString()).isEqualTo(top.get("partnerId").asString());

        JsonNode history = call("GET", "/api/assistant/conversations/" + id, seller, null, null).json();
        assertThat(history.get("messages").size()).isEqualTo(4);
        assertThat(history.get("messages").get(0).get("text").asString()).isEqualTo("Which partners in EMEA work with manufacturers?");

        Reply stranger = call("GET", "/api/assistant/conversations/" + id, otherSeller, null, null);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.contentType()).contains("application/problem+json");
        assertThat(call("POST", "/api/assistant/conversations/" + id + "/messages", otherSeller, "{\"text\":\"hi\"}", null).status())
                .isEqualTo(404);
        assertThat(call("GET", "/api/assistant/conversations", otherSeller, null, null).json().size()).isZero();
    }

    @Test
    void theAnswerStreamsAsServerSentEvents() throws Exception {
        String id = call("POST", "/api/assistant/conversations", seller, null, null).json().get("id").asString();

        Reply stream = call("POST", "/api/assistant/conversations/" + id + "/messages", seller,
                "{\"text\":\"How long is a registered deal protected?\"}", "text/event-stream");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        assertThat(stream.body()).contains("event:section").contains("event:partners").contains("event:citations")
                .contains("event:done");
        assertThat(stream.body().indexOf("event:section")).isLessThan(stream.body().indexOf("event:done"));
        assertThat(stream.body()).contains("90 days");
    }

    @Test
    void badMessagesAndWrongRolesGetProblems() throws Exception {
        String id = call("POST", "/api/assistant/conversations", seller, null, null).json().get("id").asString();
        String path = "/api/assistant/conversations/" + id + "/messages";

        Reply empty = call("POST", path, seller, "{\"text\":\"   \"}", null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).contains("application/problem+json");
        assertThat(empty.json().get("detail").asString()).contains("empty");
        Reply huge = call("POST", path, seller, "{\"text\":\"" + "x".repeat(2001) + "\"}", null);
        assertThat(huge.status()).isEqualTo(400);
        assertThat(call("POST", path, seller, "not json", null).status()).isEqualTo(400);
        assertThat(call("POST", "/api/assistant/conversations/nope/messages", seller, "{\"text\":\"hi\"}", null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/assistant/conversations", partner, null, null).status()).isEqualTo(403);
        assertThat(call("POST", "/api/assistant/conversations", null, null, null).status()).isEqualTo(401);
        // nothing was stored for the refused messages
        assertThat(call("GET", "/api/assistant/conversations/" + id, seller, null, null).json().get("messages").size()).isZero();
    }

    @Test
    void suggestionsNameFittingPartnersTemplatesAndIntegrationsWithReasons() throws Exception {
        Reply reply = call("POST", "/api/assistant/suggestions", seller,
                "{\"description\":\"A manufacturer in Germany is rolling out work order tracking connected to SAP\"}", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("partners").size()).isPositive();
        assertThat(body.get("integrations").size()).isPositive();
        assertThat(body.get("integrations").get(0).get("reasons").size()).isPositive();
        assertThat(body.get("integrations").toString()).contains("SAP");
        assertThat(body.get("templates").toString()).contains("Work Order");
    }

    @Test
    void fiftyConcurrentConversationsLoseNoMessage() throws Exception {
        var pool = Executors.newFixedThreadPool(50);
        List<Callable<String>> conversations = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String question = i % 2 == 0 ? "Which resellers in DACH? (" + i + ")" : "how does deal registration work? (" + i + ")";
            conversations.add(() -> {
                String id = call("POST", "/api/assistant/conversations", seller, null, null).json().get("id").asString();
                for (String text : List.of(question, "only the ones that speak German")) {
                    Reply r = call("POST", "/api/assistant/conversations/" + id + "/messages", seller,
                            JSON.writeValueAsString(java.util.Map.of("text", text)), null);
                    assertThat(r.status()).as(r.body()).isEqualTo(200);
                }
                return id;
            });
        }
        List<String> ids = new ArrayList<>();
        for (var f : pool.invokeAll(conversations)) {
            ids.add(f.get());
        }
        pool.shutdown();
        for (String id : ids) {
            assertThat(call("GET", "/api/assistant/conversations/" + id, seller, null, null).json().get("messages").size()).isEqualTo(4);
        }
    }

    @Test
    void theChatPageStreamsAnAnswerWithPartnerCardsAndOpensTheCitedPassageInItsDocument() throws Exception {
        try (var browser = chatAsSeller("chat")) {
            var driver = browser.driver();
            browser.check("empty");
            driver.findElement(By.id("question")).sendKeys("Which partners in EMEA work with manufacturers?", Keys.ENTER);

            WebElement card = browser.waitFor(d -> d.findElements(By.cssSelector(".message.assistant .card")).stream().findFirst().orElse(null));
            assertThat(card.findElement(By.tagName("h3")).getText()).startsWith("1. ");
            assertThat(card.findElements(By.cssSelector("li"))).isNotEmpty();
            assertThat(driver.findElement(By.cssSelector(".message.assistant")).getText()).contains("offline mode");
            browser.check("answer");

            String conversation = browser.path();
            WebElement cite = driver.findElement(By.cssSelector(".message.assistant .card a.cite[href^='/documents/']"));
            driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", cite);
            cite.click();
            browser.waitForVisible("#passage mark");
            assertThat(driver.findElement(By.id("document-age")).getText()).containsPattern("\\d{4}-\\d{2}-\\d{2}");
            browser.check("source");
            browser.get(conversation);
            browser.waitFor(d -> d.findElements(By.cssSelector(".message.assistant .card")).size() > 0);

            // the follow-up goes into the same conversation, which is listed
            driver.findElement(By.id("question")).sendKeys("only the ones that speak German", Keys.ENTER);
            browser.waitFor(d -> d.findElements(By.cssSelector(".message.assistant")).size() == 2
                    && d.findElements(By.cssSelector(".message.assistant[aria-busy]")).isEmpty());
            assertThat(driver.findElements(By.cssSelector("#conversation-list a"))).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector(".message.user"))).hasSize(2);
            browser.check("follow-up");

            // on a phone: the conversation reopens from the list, the page stays within the screen
            browser.mobile().get("/chat");
            browser.waitForVisible("#conversations summary").click(); // folded away on a phone
            browser.waitForVisible("#conversation-list a").click();
            browser.waitFor(d -> d.findElements(By.cssSelector(".message.assistant .card")).size() > 0);
            browser.check("reopened");
        }
    }

    @Test
    void aQuestionThatCannotBeSentStaysInTheBoxWithTheReason() {
        try (var browser = chatAsSeller("chat-failed-send")) {
            browser.driver().manage().deleteCookie(browser.driver().manage().getCookieNamed("CONSORT_SESSION"));
            browser.find("#question").sendKeys("Who resells in the Nordics?", Keys.ENTER);
            browser.waitFor(d -> d.findElement(By.id("toast")).getText().contains("session has ended"));
            assertThat(browser.find("#question").getAttribute("value")).isEqualTo("Who resells in the Nordics?");
            assertThat(browser.findAll(".message")).isEmpty();
            assertThat(browser.find("#send").isEnabled()).isTrue();
            assertThat(browser.consoleErrors()).isNotEmpty().allSatisfy(e -> assertThat(e).contains("401"));
        }
    }

    @Test
    void markupInAQuestionIsShownAsText() throws Exception {
        try (var browser = chatAsSeller("chat-markup")) {
            var driver = browser.driver();
            driver.findElement(By.id("question")).sendKeys("<img src=x onerror=\"document.title='owned'\"> resellers in DACH", Keys.ENTER);

            browser.waitFor(d -> d.findElements(By.cssSelector(".message.assistant")).size() == 1
                    && d.findElements(By.cssSelector(".message.assistant[aria-busy]")).isEmpty());
            assertThat(driver.findElement(By.cssSelector(".message.user")).getText()).contains("<img src=x");
            assertThat(driver.findElements(By.cssSelector(".messages img"))).isEmpty();
            assertThat(driver.getTitle()).isNotEqualTo("owned");
            browser.assertNoConsoleErrors();
        }
    }

    /** The chat page in a fresh browser, logged in as a seller (no key: the session is enough). */
    private Browser chatAsSeller(String test) {
        String username = "seller-" + test;
        if (!users.exists(username)) {
            users.create(username, "Sally Seller", null, Role.SELLER, null, null, "seller-password-123");
        }
        var browser = Browser.open(port, test);
        browser.login(username, "seller-password-123").assertAt("/chat");
        browser.waitFor(d -> d.findElement(By.id("conversation-list")) != null);
        return browser;
    }

    private String key(String role, String partnerId) throws Exception {
        String body = "{\"name\":\"" + role + System.nanoTime() + "\",\"role\":\"" + role + "\""
                + (partnerId == null ? "" : ",\"partnerId\":\"" + partnerId + "\"") + "}";
        return call("POST", "/api/admin/api-keys", ADMIN, body, null).json().get("key").asString();
    }

    private Reply call(String method, String path, String key, String body, String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}
