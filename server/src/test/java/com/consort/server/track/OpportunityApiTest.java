package com.consort.server.track;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.BulkImport;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.testing.DemoSlice;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CRM opportunities over HTTP on the embedded set-up with a slice of the demo directory: the import with
 * its report, the list, KPIs and overlap (a partner confined to its own), track record in the partner
 * search and the assistant, and overlap questions over the assistant API and /v1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"consort.admin-api-key=" + OpportunityApiTest.ADMIN, "consort.demo-data=false"})
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpportunityApiTest {

    static final String ADMIN = "opportunity-admin-key-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** P0001 to P0003 are in the demo slice (its first partners). */
    static final String EXPORT = """
            Opportunity ID,Account Name,Industry,Billing Country,Amount,Currency,Close Date,Stage,Won,Partner Account,Partner Role
            T-1,Kessler Maschinenbau GmbH,Automotive,India,"250,000",INR,%1$s,Closed Won,true,Banyan Systems Private Limited,Deal Registration
            T-2,Kessler Maschinenbau GmbH,Automotive,India,90000,INR,%1$s,Closed Won,true,P0002,Reseller
            T-3,Other Account,Automotive,Indai,1000,INR,%1$s,Negotiation,false,P0001,Influencer
            T-4,Broken,Automotive,India,abc,INR,%1$s,Closed Won,true,P0001,Sourced
            T-5,Nobody,Automotive,India,1000,INR,%1$s,Closed Won,true,Unknown Partner GmbH,Sourced
            """.formatted(java.time.LocalDate.now().minusMonths(2));

    @LocalServerPort
    int port;
    @Autowired
    BulkImport bulkImport;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String seller;
    private String partnerOne;
    private String partnerTwo;
    private JsonNode report;

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @BeforeAll
    void load() throws Exception {
        bulkImport.run(DemoSlice.of(30, 2), DocumentKind.CASE_STUDY, (phase, done, total) -> { });
        seller = key("SELLER", null);
        partnerOne = key("PARTNER", "P0001");
        partnerTwo = key("PARTNER", "P0002");
        Reply imported = upload("/api/admin/opportunities/import", ADMIN, "export.csv", EXPORT, null);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        report = imported.json();
    }

    @Test
    void anExportImportsWithItsRejectsAndWarningsAndAgainChangesNothing() throws Exception {
        assertThat(report.get("imported").asInt()).isEqualTo(3);
        List<String> reasons = new ArrayList<>();
        report.get("rejected").forEach(r -> reasons.add(r.get("line").asInt() + " " + r.get("id").asString() + ": " + r.get("reason").asString()));
        assertThat(reasons).hasSize(2).anyMatch(r -> r.startsWith("5 T-4: Amount must be a number"))
                .anyMatch(r -> r.startsWith("6 T-5: partner 'Unknown Partner GmbH' is not in the partner directory"));
        assertThat(report.get("warnings").get(0).get("message").asString()).startsWith("Billing Country 'Indai': kept as given");

        Reply again = upload("/api/admin/opportunities/import", ADMIN, "export.csv", EXPORT, null);
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isEqualTo(3);

        // a column named otherwise, through a mapping; JSON Lines
        Reply mapped = upload("/api/admin/opportunities/import", ADMIN, "deals.jsonl",
                "{\"Record ID\":\"H-9\",\"Company\":\"Mapped Co\",\"Close Date\":\"2026-01-05\",\"Deal Stage\":\"closedwon\","
                        + "\"Reseller\":\"P0003\",\"Partner Role\":\"transacted\"}\n", "{\"partner\":\"Reseller\"}");
        assertThat(mapped.json().get("imported").asInt()).as(mapped.body()).isEqualTo(1);

        Reply badMapping = upload("/api/admin/opportunities/import", ADMIN, "deals.csv", EXPORT, "{\"colour\":\"x\"}");
        assertThat(badMapping.status()).isEqualTo(400);
        assertThat(badMapping.contentType()).contains("application/problem+json");
        Reply noColumns = upload("/api/admin/opportunities/import", ADMIN, "deals.csv", "Name\nx\n", null);
        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(noColumns.json().get("detail").asString()).contains("No column for id, partner, closeDate");
        assertThat(upload("/api/admin/opportunities/import", seller, "export.csv", EXPORT, null).status()).isEqualTo(403);
    }

    @Test
    void vendorRolesSeeEveryDealAndAPartnerOnlyItsOwn() throws Exception {
        String account = "/api/opportunities?account=" + URLEncoder.encode("Kessler Maschinenbau", StandardCharsets.UTF_8);
        JsonNode all = call("GET", account, seller, null).json();
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.get("items").findValuesAsString("partnerId")).containsExactlyInAnyOrder("P0001", "P0002");
        JsonNode deal = null;
        for (JsonNode item : all.get("items")) {
            if (item.get("id").asString().equals("T-1")) {
                deal = item;
            }
        }
        assertThat(deal.get("role").asString()).isEqualTo("SOURCED");
        assertThat(deal.get("currency").asString()).isEqualTo("INR");
        assertThat(deal.get("amount").asDouble()).isEqualTo(250000.0);

        JsonNode own = call("GET", account, partnerOne, null).json();
        assertThat(own.get("items").findValuesAsString("partnerId")).containsExactly("P0001");
        assertThat(call("GET", "/api/opportunities?partnerId=P0002", partnerOne, null).status()).isEqualTo(404);

        JsonNode kpis = call("GET", "/api/opportunities/kpis", partnerTwo, null).json();
        assertThat(kpis.findValuesAsString("partnerId")).containsExactly("P0002");
        assertThat(kpis.get(0).get("revenue").get("transacted").get("INR").asDouble()).isEqualTo(90000.0);
        assertThat(kpis.get(0).get("winRate").asDouble()).isEqualTo(1.0);
        assertThat(call("GET", "/api/opportunities/kpis", seller, null).json().findValuesAsString("partnerId")).contains("P0001", "P0002");

        JsonNode overlap = call("GET", "/api/opportunities/overlap?account=Kessler%20Maschinenbau", partnerTwo, null).json();
        assertThat(overlap.get("partners").findValuesAsString("partnerId")).containsExactly("P0002");
        assertThat(call("GET", "/api/opportunities/overlap", seller, null).status()).isEqualTo(400);
        assertThat(call("GET", "/api/opportunities?since=yesterday", seller, null).status()).isEqualTo(400);
    }

    @Test
    void trackRecordIsAReasonWithACitationAndTheApiSaysHowMuchItAdded() throws Exception {
        JsonNode results = call("POST", "/api/partners/search", seller,
                "{\"query\":\"automotive partner in India\",\"limit\":10}").json().get("results");
        JsonNode banyan = null;
        for (JsonNode r : results) {
            if (r.get("partnerId").asString().equals("P0001")) {
                banyan = r;
            }
        }
        assertThat(banyan).as(results.toString()).isNotNull();
        assertThat(banyan.get("signals").get("track_record").asDouble()).isEqualTo(0.02);
        List<String> reasons = banyan.get("reasons").findValuesAsString("explanation");
        // T-3 is open but in "Indai", kept as given: not India
        assertThat(reasons).anyMatch(r -> r.startsWith("Won 1 deal in Automotive in India since")
                && r.endsWith("(1 sourced), INR 250 k; track record adds +0.02 to the score"));
        assertThat(banyan.get("evidence").findValuesAsString("kind")).contains("opportunities");

        // the assistant shows the same reason, with the records cited
        JsonNode answer = chat("Which partners in India work with car makers?");
        assertThat(answer.get("consort").get("partners").toString()).contains("Won 1 deal in Automotive in India");
        assertThat(answer.get("consort").get("citations").findValuesAsString("kind")).contains("opportunities");
    }

    @Test
    void overlapQuestionsAreAnsweredFromTheOpportunitiesOverV1AndTheAssistantApi() throws Exception {
        JsonNode v1 = chat("Who already works with Kessler Maschinenbau?");
        assertThat(v1.get("consort").get("intent").asString()).isEqualTo("overlap");
        assertThat(ids(v1.get("consort").get("partners"))).containsExactlyInAnyOrder("P0001", "P0002");
        String text = v1.get("choices").get(0).get("message").get("content").asString();
        assertThat(text).contains("Banyan Systems Private Limited").contains("sourced, won").contains("T-1").contains("[1]");

        String id = call("POST", "/api/assistant/conversations", seller, null).json().get("id").asString();
        JsonNode inChat = call("POST", "/api/assistant/conversations/" + id + "/messages", seller,
                "{\"text\":\"Which partners have sold into Automotive in India?\"}").json();
        assertThat(inChat.get("intent").asString()).isEqualTo("overlap");
        assertThat(ids(inChat.get("partners"))).contains("P0001", "P0002");

        JsonNode nobody = chat("Who already works with Nobody Known AG?");
        assertThat(nobody.get("choices").get(0).get("message").get("content").asString()).startsWith("No recorded partner deal");
    }

    private static List<String> ids(JsonNode partners) {
        List<String> ids = new ArrayList<>();
        partners.forEach(p -> ids.add(p.get("partnerId").asString()));
        return ids;
    }

    private JsonNode chat(String question) throws Exception {
        Reply reply = call("POST", "/v1/chat/completions", seller, "{\"model\":\"consort-partner-finder\",\"messages\":[{\"role\":\"user\","
                + "\"content\":" + JSON.writeValueAsString(question) + "}]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private String key(String role, String partnerId) throws Exception {
        String body = "{\"name\":\"" + role + System.nanoTime() + "\",\"role\":\"" + role + "\""
                + (partnerId == null ? "" : ",\"partnerId\":\"" + partnerId + "\"") + "}";
        return call("POST", "/api/admin/api-keys", ADMIN, body).json().get("key").asString();
    }

    private Reply upload(String path, String key, String fileName, String content, String mapping) throws Exception {
        String boundary = "----consort" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(fileName)
                .append("\"\r\nContent-Type: text/plain\r\n\r\n").append(content).append("\r\n");
        if (mapping != null) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n").append(mapping).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + key).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private Reply call(String method, String path, String key, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}
