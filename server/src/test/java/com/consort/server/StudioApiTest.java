package com.consort.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.storage.StorageKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The content studio's HTTP API on the embedded set-up (sharing EmbeddedServerTest's context): roles,
 * partner isolation (another partner's drafts, stories and kit answer 404), 409 on a stale edit,
 * problem+json errors, exports, and provenance in the response metadata.
 */
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudioApiTest extends ServerContract {

    String marketing;
    String partnerA;
    String partnerB;
    String seller;
    String evaluator;
    String storyA;
    String storyB;

    @Override
    StorageKind expectedStorage() {
        return StorageKind.EMBEDDED;
    }

    @BeforeAll
    void stories() throws Exception {
        marketing = createKey("MARKETING", null);
        partnerA = createKey("PARTNER", "P0761");
        partnerB = createKey("PARTNER", "P0328");
        seller = createKey("SELLER", null);
        evaluator = createKey("EVALUATOR", null);
        String csv = resource("demo/partners.csv");
        String[] lines = csv.split("\n");
        StringBuilder two = new StringBuilder(lines[0]).append('\n');
        for (String line : lines) {
            if (line.startsWith("P0761,") || line.startsWith("P0328,")) {
                two.append(line).append('\n');
            }
        }
        assertThat(upload("/api/partners/import", marketing, "file", "partners.csv",
                two.toString().getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        storyA = uploadStory("agency-campaigns.md", "P0761");
        storyB = uploadStory("brewery-downtime.docx", "P0328");
    }

    private String uploadStory(String file, String partner) throws Exception {
        Response r = upload("/api/documents", marketing, "file", file,
                bytes("demo/documents/case-studies/" + file), "kind", "case_study", "partnerId", partner);
        assertThat(r.status()).isIn(200, 201);
        return r.json().get("id").asString();
    }

    private String draftBody(String story, String partner, String type) {
        return "{\"sourceDocumentId\":\"" + story + "\"," + (partner == null ? "" : "\"partnerId\":\"" + partner + "\",")
                + "\"assetType\":\"" + type + "\"}";
    }

    @Test
    void marketingWritesADraftWithClaimsFindingsAndProvenance() throws Exception {
        Response created = call("POST", "/api/studio/drafts", marketing, draftBody(storyA, "P0761", "one_pager"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode d = created.json();
        assertThat(d.get("status").asString()).isEqualTo("draft");
        assertThat(d.get("submittable").asBoolean()).isTrue();
        assertThat(d.get("metadata").get("mode").asString()).isEqualTo("offline");
        assertThat(d.get("metadata").get("prompts").toString()).contains("studio.one-pager");
        assertThat(d.get("claims").toString()).contains("29%").contains("excerpt");
        assertThat(d.get("lockedSections").toString()).contains("legal");
        String id = d.get("id").asString();

        Response pdf = call("GET", "/api/studio/drafts/" + id + "/export?format=pdf", marketing, null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(call("GET", "/api/studio/drafts/" + id + "/export?format=md", marketing, null).status()).isEqualTo(400);

        Response facts = call("GET", "/api/studio/stories/" + storyA + "/facts", marketing, null);
        assertThat(facts.body()).contains("Oakham Creative").contains("David Carter");
        assertThat(call("GET", "/v3/api-docs", null, null).json().get("paths").has("/api/studio/drafts/{id}/export")).isTrue();
    }

    @Test
    void aStaleEditIs409ProblemJsonAndLockedSectionsAre400() throws Exception {
        String id = call("POST", "/api/studio/drafts", marketing, draftBody(storyA, "P0761", "email")).json().get("id").asString();
        Response first = call("PATCH", "/api/studio/drafts/" + id, marketing,
                "{\"expectedVersion\":1,\"sections\":{\"cta\":\"Call Liberty Works.\"}}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(2);
        Response stale = call("PATCH", "/api/studio/drafts/" + id, marketing,
                "{\"expectedVersion\":1,\"sections\":{\"cta\":\"Lost update\"}}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        Response locked = call("PATCH", "/api/studio/drafts/" + id, marketing,
                "{\"expectedVersion\":2,\"sections\":{\"legal\":\"none\"}}");
        assertThat(locked.status()).isEqualTo(400);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        Response diff = call("GET", "/api/studio/drafts/" + id + "/diff?from=1&to=2", marketing, null);
        assertThat(diff.body()).contains("\"section\":\"cta\",\"changed\":true").contains("Liberty");
        assertThat(call("POST", "/api/studio/drafts", marketing, draftBody(storyA, null, "poster")).status()).isEqualTo(400);
    }

    @Test
    void partnersAreConfinedToTheirOwnStoriesDraftsAndBrandKit() throws Exception {
        Response mine = call("POST", "/api/studio/drafts", partnerA, draftBody(storyA, null, "social"));
        assertThat(mine.status()).isEqualTo(201);
        assertThat(mine.json().get("partnerId").asString()).isEqualTo("P0761");
        String id = mine.json().get("id").asString();
        String other = call("POST", "/api/studio/drafts", partnerB, draftBody(storyB, "P0328", "blog_post")).json().get("id").asString();

        // another partner's draft, story, partner id and kit do not exist for this caller
        for (String path : new String[] {"/api/studio/drafts/" + other, "/api/studio/drafts/" + other + "/versions",
                "/api/studio/drafts/" + other + "/export?format=md", "/api/studio/drafts/" + other + "/diff?from=1&to=1",
                "/api/studio/stories/" + storyB + "/facts", "/api/studio/brand-kits/P0328"}) {
            Response r = call("GET", path, partnerA, null);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(call("PATCH", "/api/studio/drafts/" + other, partnerA,
                "{\"expectedVersion\":1,\"sections\":{\"title\":\"x\"}}").status()).isEqualTo(404);
        assertThat(call("POST", "/api/studio/drafts/" + other + "/regenerate", partnerA, "{\"expectedVersion\":1}").status())
                .isEqualTo(404);
        assertThat(call("POST", "/api/studio/drafts", partnerA, draftBody(storyB, null, "email")).status()).isEqualTo(404);
        assertThat(call("POST", "/api/studio/drafts", partnerA, draftBody(storyA, "P0328", "email")).status()).isEqualTo(404);
        assertThat(call("PUT", "/api/studio/brand-kits/P0328", partnerA, "{}").status()).isEqualTo(404);
        assertThat(call("PUT", "/api/studio/brand-kits/vendor", partnerA, "{}").status()).isEqualTo(403);

        assertThat(call("GET", "/api/studio/drafts", partnerA, null).body()).contains(id).doesNotContain(other);
        assertThat(call("GET", "/api/studio/stories", partnerA, null).body()).contains(storyA).doesNotContain(storyB);
        assertThat(call("GET", "/api/studio/drafts/" + id, partnerA, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/studio/brand-kits/P0761", partnerA, null).json().get("name").asString()).isNotBlank();

        // marketing sees both; sellers read only; evaluators have no access
        assertThat(call("GET", "/api/studio/drafts", marketing, null).body()).contains(id).contains(other);
        assertThat(call("GET", "/api/studio/drafts/" + other, seller, null).status()).isEqualTo(200);
        assertThat(call("POST", "/api/studio/drafts", seller, draftBody(storyA, "P0761", "email")).status()).isEqualTo(403);
        assertThat(call("GET", "/api/studio/drafts", evaluator, null).status()).isEqualTo(403);
    }

    @Test
    void theStudioPageIsForLoggedInPeople() throws Exception {
        var visitor = com.consort.server.testing.WebClient.bearer(port, "GET", "/studio", null, null);
        assertThat(visitor.status()).isEqualTo(302);
        assertThat(visitor.header("Location")).endsWith("/login");
    }

    private static String resource(String path) throws IOException {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path) throws IOException {
        try (InputStream in = StudioApiTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
