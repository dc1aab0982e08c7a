package com.consort.server.review;

import com.consort.knowledge.ImportFormat;
import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.PartnerDirectory;
import com.consort.server.accounts.Users;
import com.consort.server.notify.Webhooks;
import com.consort.server.security.ApiKeys;
import com.consort.server.security.Role;
import com.consort.server.testing.WebClient;
import com.consort.studio.Reviews;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One application context for the review tests (workflow, isolation walk, browser): two demo partners
 * with one case study each, an API key per role and per partner, and a local webhook receiver that
 * checks every signature.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "consort.demo-data=false", "consort.admin-api-key=" + ReviewTestSupport.ADMIN_KEY,
        "consort.webhook.secret=" + ReviewTestSupport.HOOK_SECRET, "consort.webhook.initial-backoff=100ms",
        "consort.review.expiry-check=300ms"})
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
abstract class ReviewTestSupport {

    static final String ADMIN_KEY = "review-admin-key-0123456789";
    static final String HOOK_SECRET = "review-hook-secret-0123456789";
    /** Liberty Works and its story about Oakham Creative; Marston's car-parts PMO story is the other partner's. */
    static final String PARTNER_A = "P0761";
    static final String PARTNER_B = "P0188";
    static final String PASSWORD = "review-test-password";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Webhook notifications received, each with a valid signature (others are counted as bad). */
    static final List<JsonNode> HOOKS = new CopyOnWriteArrayList<>();
    static final List<String> BAD_SIGNATURES = new CopyOnWriteArrayList<>();
    static final HttpServer RECEIVER = receiver();

    record Fixture(String storyA, String storyB, Map<Role, String> keys, String partnerA, String partnerB) {
    }

    static volatile Fixture fixture;

    @LocalServerPort
    int port;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    DocumentIngestor ingestor;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reviews reviews;

    @DynamicPropertySource
    static void webhookReceiver(DynamicPropertyRegistry registry) {
        registry.add("consort.webhook.url", () -> "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/hooks");
    }

    @BeforeEach
    void loadFixture() {
        if (fixture != null) {
            return;
        }
        String csv = resource("demo/partners.csv");
        String[] lines = csv.split("\n");
        String wanted = lines[0] + "\n" + java.util.Arrays.stream(lines).skip(1)
                .filter(l -> l.startsWith(PARTNER_A + ",") || l.startsWith(PARTNER_B + ",")).collect(Collectors.joining("\n"));
        directory.importFile(new ByteArrayInputStream(wanted.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
        String storyA = ingest("agency-campaigns.md", PARTNER_A);
        String storyB = ingest("car-parts-pmo.md", PARTNER_B);
        Map<Role, String> keys = new EnumMap<>(Role.class);
        keys.put(Role.ADMIN, ADMIN_KEY);
        for (Role role : new Role[] {Role.SELLER, Role.MARKETING, Role.EVALUATOR}) {
            keys.put(role, apiKeys.create(role + " (review tests)", role, null).plaintext());
        }
        String partnerA = apiKeys.create("partner A", Role.PARTNER, PARTNER_A).plaintext();
        String partnerB = apiKeys.create("partner B", Role.PARTNER, PARTNER_B).plaintext();
        keys.put(Role.PARTNER, partnerA);
        fixture = new Fixture(storyA, storyB, keys, partnerA, partnerB);
    }

    WebClient.Response call(String method, String path, String key, String json) throws Exception {
        return WebClient.bearer(port, method, path, key, json);
    }

    String key(Role role) {
        return fixture.keys().get(role);
    }

    /** A social-post draft written by the partner from its own story, through the studio API. */
    String newDraft(String partnerKey, String story) throws Exception {
        var created = call("POST", "/api/studio/drafts", partnerKey,
                "{\"sourceDocumentId\":\"" + story + "\",\"assetType\":\"social\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    JsonNode state(String draftId) throws Exception {
        var view = call("GET", "/api/review/drafts/" + draftId, key(Role.MARKETING), null);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        return view.json();
    }

    WebClient.Response act(String draftId, String action, String key, String extraJson) throws Exception {
        long lock = state(draftId).get("lockVersion").asLong();
        return call("POST", "/api/review/drafts/" + draftId + "/" + action, key,
                "{\"lockVersion\":" + lock + (extraJson == null ? "" : "," + extraJson) + "}");
    }

    String ingest(String file, String partner) {
        byte[] content = resource("demo/documents/case-studies/" + file).getBytes(StandardCharsets.UTF_8);
        return ingestor.ingest(new DocumentIngestor.Upload(content, file, DocumentKind.CASE_STUDY, partner, null))
                .document().id();
    }

    static String resource(String name) {
        try (InputStream in = ReviewTestSupport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpServer receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hooks", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String signature = exchange.getRequestHeaders().getFirst(Webhooks.SIGNATURE_HEADER);
                if (("sha256=" + Webhooks.sign(HOOK_SECRET, body)).equals(signature)) {
                    HOOKS.add(JSON.readTree(new String(body, StandardCharsets.UTF_8)));
                } else {
                    BAD_SIGNATURES.add(signature);
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
