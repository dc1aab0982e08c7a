package com.consort.server.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.PartnerDirectory;
import com.consort.server.DemoServerTest;
import com.consort.server.testing.WebClient;
import com.consort.server.testing.WebClient.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The vendor's vocabulary through /api/admin/taxonomy on the demo server: only admins; the demo's vocabulary is
 * the initial stored taxonomy; a synonym is used by the next question, a merge rewrites the stored partners and
 * the next import, the YAML export goes back in unchanged, a bad file is a 400 that changes nothing, and every
 * change is in the audit log. The test's partners are inactive and removed, and the taxonomy restored, afterwards:
 * the other tests share the demo ecosystem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxonomyApiTest extends DemoServerTest {

    private static final List<String> PARTNERS = List.of("ZT-TAX-01", "ZT-TAX-02", "ZT-TAX-03", "ZT-TAX-04");
    private static final String HEADER = "id,name,type,tier,regions,countries,languages,industries,specializations,"
            + "certifications,integrations,templates,description,website,status,satisfaction,partner_manager\n";

    @LocalServerPort
    int port;
    @Autowired
    PartnerDirectory directory;
    private String original;

    @BeforeAll
    void remember() throws Exception {
        awaitDemoData();
        original = yaml("GET", null).body();
    }

    @AfterAll
    void restore() throws Exception {
        assertThat(yaml("PUT", original).status()).isEqualTo(200);
        PARTNERS.forEach(directory::delete);
    }

    @Test
    void onlyAdminsReadOrChangeTheTaxonomy() throws Exception {
        for (String role : List.of("SELLER", "PARTNER", "MARKETING", "EVALUATOR")) {
            String key = key(role);
            Response read = WebClient.bearer(port, "GET", "/api/admin/taxonomy", key, null);
            assertThat(read.status()).as(role).isEqualTo(403);
            assertThat(read.header("Content-Type")).contains("application/problem+json");
            assertThat(WebClient.bearer(port, "POST", "/api/admin/taxonomy/synonyms", key,
                    "{\"facet\":\"industries\",\"phrase\":\"hauliers\",\"value\":\"Logistics\"}").status()).as(role).isEqualTo(403);
        }
        assertThat(WebClient.bearer(port, "GET", "/api/admin/taxonomy", null, null).status()).isEqualTo(401);
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        JsonNode paths = WebClient.bearer(port, "GET", "/v3/api-docs", null, null).json().get("paths");
        assertThat(paths.has("/api/admin/taxonomy")).isTrue();
        assertThat(paths.at("/~1api~1admin~1taxonomy~1synonyms/post/summary").asString()).isEqualTo("Add a synonym");
        assertThat(paths.at("/~1api~1admin~1taxonomy~1merges/post/description").asString()).contains("Every partner with from");
        assertThat(paths.at("/~1api~1admin~1taxonomy~1yaml/put/requestBody/content").has("application/yaml")).isTrue();
        assertThat(paths.at("/~1api~1admin~1taxonomy~1yaml/get/responses/200/content").has("application/yaml")).isTrue();
    }

    @Test
    void theDemoVocabularyIsTheInitialStoredTaxonomyAndTheViewCountsTheDirectory() throws Exception {
        JsonNode view = admin("GET", "/api/admin/taxonomy", null).json();
        assertThat(view.get("version").asLong()).isPositive();
        JsonNode industries = facet(view, "industries");
        assertThat(industries.get("coded").asBoolean()).isFalse();
        JsonNode logistics = value(industries, "Logistics");
        assertThat(logistics.get("partners").asInt())
                .isEqualTo(admin("GET", "/api/partners?industries=Logistics&includeInactive=true&size=1", null).json().get("total").asInt())
                .isGreaterThanOrEqualTo(85);
        assertThat(logistics.get("names").toString()).contains("freight");
        JsonNode germany = value(facet(view, "countries"), "DE");
        assertThat(germany.get("label").asString()).isEqualTo("Germany");
        assertThat(germany.get("partners").asInt()).isPositive();
        assertThat(view.get("tierOrder").get("configured").asBoolean()).isTrue();
        assertThat(strings(view.get("tierOrder").get("tiers"))).startsWith("Platinum", "Gold", "Silver", "Registered");
        assertThat(audit("taxonomy.seeded")).isNotEmpty();
    }

    @Test
    void aSynonymIsUsedByTheNextQuestionWithoutARestart() throws Exception {
        String seller = key("SELLER");
        String question = "Which partners serve our Q9 segment?";
        assertThat(constraints(seller, question).path("industries").isMissingNode()).isTrue();

        Response added = admin("POST", "/api/admin/taxonomy/synonyms",
                "{\"facet\":\"industries\",\"phrase\":\"Q9 segment\",\"value\":\"logistics\"}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(strings(value(facet(added.json(), "industries"), "Logistics").get("names"))).contains("Q9 segment");
        assertThat(strings(constraints(seller, question).get("industries"))).containsExactly("Logistics");
        assertThat(audit("taxonomy.synonym-added")).anyMatch(e -> e.get("detail").asString().contains("Q9 segment"));

        // the same phrase cannot mean two values; a value of the directory is merged, not made a synonym
        Response twice = admin("POST", "/api/admin/taxonomy/synonyms",
                "{\"facet\":\"industries\",\"phrase\":\"q9 segment\",\"value\":\"Retail\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).contains("already means Logistics");
        assertThat(admin("POST", "/api/admin/taxonomy/synonyms",
                "{\"facet\":\"industries\",\"phrase\":\"Retail\",\"value\":\"Logistics\"}").status()).isEqualTo(409);

        // removed again: the question no longer reads it
        Response removed = admin("DELETE", "/api/admin/taxonomy/synonyms?facet=industries&value=Logistics&phrase="
                + URLEncoder.encode("Q9 segment", StandardCharsets.UTF_8), null);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(constraints(seller, question).path("industries").isMissingNode()).isTrue();
        assertThat(audit("taxonomy.synonym-removed")).isNotEmpty();
    }

    @Test
    void aSynonymMustPointAtAValueTheDirectoryHas() throws Exception {
        long version = admin("GET", "/api/admin/taxonomy", null).json().get("version").asLong();
        Response missing = admin("POST", "/api/admin/taxonomy/synonyms",
                "{\"facet\":\"industries\",\"phrase\":\"hotels\",\"value\":\"Hospitality\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).contains("application/problem+json");
        assertThat(missing.json().get("detail").asString()).contains("no industries value 'Hospitality'");
        assertThat(admin("POST", "/api/admin/taxonomy/synonyms",
                "{\"facet\":\"flavours\",\"phrase\":\"x\",\"value\":\"y\"}").json().get("detail").asString()).contains("Unknown facet");
        assertThat(admin("POST", "/api/admin/taxonomy/synonyms",
                "{\"facet\":\"industries\",\"phrase\":\" \",\"value\":\"Logistics\"}").status()).isEqualTo(400);
        assertThat(admin("POST", "/api/admin/taxonomy/synonyms",
                "{\"facet\":\"countries\",\"phrase\":\"Bundesrepublik\",\"value\":\"DE\"}").status()).isEqualTo(400);
        assertThat(admin("GET", "/api/admin/taxonomy", null).json().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void theTierOrderIsSetFromTheDirectorysTiers() throws Exception {
        try {
            tierOrders();
        } finally {
            assertThat(yaml("PUT", original).status()).isEqualTo(200);
        }
    }

    private void tierOrders() throws Exception {
        // this vendor's order, whatever the common ladder says (Registered is the demo's lowest tier)
        Response set = admin("PUT", "/api/admin/taxonomy/tier-order", "{\"tiers\":[\"registered\",\"Platinum\",\"Gold\",\"Silver\",\"Diamond\"]}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(strings(set.json().get("tierOrder").get("tiers"))).containsExactly("Registered", "Platinum", "Gold", "Silver", "Diamond");
        assertThat(facet(set.json(), "tiers").get("values").findValues("value").stream().map(JsonNode::asString).toList())
                .containsExactly("Registered", "Platinum", "Gold", "Silver", "Diamond");
        assertThat(audit("taxonomy.tier-order-set")).anyMatch(e -> e.get("detail").asString().equals("Registered > Platinum > Gold > Silver > Diamond"));

        Response unknown = admin("PUT", "/api/admin/taxonomy/tier-order", "{\"tiers\":[\"Premier\",\"Gold\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("no tier 'Premier'").contains("Registered");
        assertThat(admin("PUT", "/api/admin/taxonomy/tier-order", "{\"tiers\":[\"Gold\",\"gold\"]}").status()).isEqualTo(400);

        JsonNode learnt = admin("PUT", "/api/admin/taxonomy/tier-order", "{\"tiers\":[]}").json();
        assertThat(learnt.get("tierOrder").get("configured").asBoolean()).isFalse();
        // learnt: the base vocabulary's common ladder of tier names
        assertThat(strings(learnt.get("tierOrder").get("tiers"))).containsExactly("Diamond", "Platinum", "Gold", "Silver", "Registered");
    }

    @Test
    void aMergeRewritesTheStoredPartnersAndTheNextImport() throws Exception {
        importPartners("ZT-TAX-01,ZT Tax One,Reseller,Registered,EMEA,Iceland,English,Agri-Food,,,,,Test.,,inactive,,\n"
                + "ZT-TAX-02,ZT Tax Two,Reseller,Registered,EMEA,Iceland,English,Agrifood;Logistics,,,,,Test.,,inactive,,\n"
                + "ZT-TAX-03,ZT Tax Three,Reseller,Registered,EMEA,Iceland,English,Agrifood;Agri-Food,,,,,Test.,,inactive,,\n");
        JsonNode before = facet(admin("GET", "/api/admin/taxonomy", null).json(), "industries");
        assertThat(value(before, "Agrifood").get("partners").asInt()).isEqualTo(2);
        assertThat(value(before, "Agri-Food").get("partners").asInt()).isEqualTo(2);

        assertThat(admin("POST", "/api/admin/taxonomy/merges", "{\"facet\":\"industries\",\"from\":\"Agrifood\",\"into\":\"Agrifood\"}")
                .status()).isEqualTo(400);
        assertThat(admin("POST", "/api/admin/taxonomy/merges", "{\"facet\":\"industries\",\"from\":\"Agri Food Things\",\"into\":\"Agri-Food\"}")
                .status()).isEqualTo(400);

        Response merged = admin("POST", "/api/admin/taxonomy/merges", "{\"facet\":\"industries\",\"from\":\"Agrifood\",\"into\":\"Agri-Food\"}");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(strings(merged.json().get("partnersUpdated"))).containsExactly("ZT-TAX-02", "ZT-TAX-03");
        JsonNode after = facet(merged.json().get("taxonomy"), "industries");
        assertThat(after.get("values").toString()).doesNotContain("\"value\":\"Agrifood\"");
        assertThat(value(after, "Agri-Food").get("partners").asInt()).isEqualTo(3);
        assertThat(strings(value(after, "Agri-Food").get("names"))).contains("Agrifood");
        assertThat(strings(partner("ZT-TAX-02").get("industries"))).containsExactly("Agri-Food", "Logistics");
        assertThat(strings(partner("ZT-TAX-03").get("industries"))).containsExactly("Agri-Food");
        assertThat(audit("taxonomy.merged")).anyMatch(e -> e.get("detail").asString().equals("'Agrifood' merged into Agri-Food"));

        // the next import files the retired spelling under the kept value
        importPartners("ZT-TAX-04,ZT Tax Four,Reseller,Registered,EMEA,Iceland,English,agrifood,,,,,Test.,,inactive,,\n");
        assertThat(strings(partner("ZT-TAX-04").get("industries"))).containsExactly("Agri-Food");
    }

    @Test
    void theYamlExportGoesBackInUnchangedAndABadFileChangesNothing() throws Exception {
        Response export = yaml("GET", null);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/yaml");
        assertThat(export.header("Content-Disposition")).contains("attachment").contains("taxonomy.yaml");
        assertThat(export.body()).contains("tierOrder:").contains("industries:").contains("Logistics:");

        Response back = yaml("PUT", export.body());
        assertThat(back.status()).isEqualTo(200);
        assertThat(yaml("GET", null).body()).isEqualTo(export.body());

        long version = admin("GET", "/api/admin/taxonomy", null).json().get("version").asLong();
        int imported = audit("taxonomy.imported").size();
        for (String bad : List.of("tierOrder: [Platinum, Gold\nindustries: {", "- just\n- a list\n", "flavours:\n  Sweet: [sugar]\n",
                "industries:\n  Logistics: freight\n", "tierOrder: Gold\n",
                "industries:\n  Logistics: [freight]\nindustries:\n  Retail: [shops]\n")) {
            Response refused = yaml("PUT", bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).contains("application/problem+json");
            assertThat(refused.json().get("detail").asString()).isNotBlank();
        }
        assertThat(admin("GET", "/api/admin/taxonomy", null).json().get("version").asLong()).isEqualTo(version);
        assertThat(yaml("GET", null).body()).isEqualTo(export.body());
        assertThat(audit("taxonomy.imported")).hasSize(imported);

        // a value no partner uses yet is kept, and said
        Response ahead = yaml("PUT", export.body().replace("templates: {}", "templates:\n  Hotel Renovation Plan: [hotel renovation]"));
        assertThat(ahead.status()).isEqualTo(200);
        assertThat(ahead.json().get("warnings").toString()).contains("Hotel Renovation Plan");
        assertThat(value(facet(ahead.json(), "templates"), "Hotel Renovation Plan").get("partners").asInt()).isZero();
        assertThat(yaml("PUT", export.body()).status()).isEqualTo(200);
    }

    private JsonNode constraints(String seller, String question) throws Exception {
        String id = WebClient.bearer(port, "POST", "/api/assistant/conversations", seller, null).json().get("id").asString();
        Response answer = WebClient.bearer(port, "POST", "/api/assistant/conversations/" + id + "/messages", seller,
                "{\"text\":\"" + question + "\"}");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("constraints");
    }

    private void importPartners(String rows) throws Exception {
        Response r = WebClient.upload(port, "/api/partners/import", ADMIN_KEY, "file", "partners.csv",
                (HEADER + rows).getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("rejected").size()).isZero();
    }

    private JsonNode partner(String id) throws Exception {
        return admin("GET", "/api/partners/" + id, null).json();
    }

    private List<JsonNode> audit(String action) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        admin("GET", "/api/admin/audit?size=100&action=" + action, null).json().get("items").forEach(events::add);
        return events;
    }

    private Response admin(String method, String path, String json) throws Exception {
        return WebClient.bearer(port, method, path, ADMIN_KEY, json);
    }

    private Response yaml(String method, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/taxonomy/yaml"))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + ADMIN_KEY);
        if (body != null) {
            request.header("Content-Type", "application/yaml");
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    private String key(String role) throws Exception {
        String partner = role.equals("PARTNER") ? ",\"partnerId\":\"P0001\"" : "";
        return admin("POST", "/api/admin/api-keys", "{\"name\":\"taxonomy " + role + System.nanoTime() + "\",\"role\":\"" + role + "\""
                + partner + "}").json().get("key").asString();
    }

    private static JsonNode facet(JsonNode view, String key) {
        for (JsonNode facet : view.get("facets")) {
            if (facet.get("key").asString().equals(key)) {
                return facet;
            }
        }
        throw new AssertionError("No facet " + key + " in " + view);
    }

    private static JsonNode value(JsonNode facet, String value) {
        for (JsonNode v : facet.get("values")) {
            if (v.get("value").asString().equals(value)) {
                return v;
            }
        }
        throw new AssertionError("No value " + value + " in " + facet.get("key"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
