package com.consort.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.StorageKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
        partnerA = createKey("PARTNER", "P0761"); // a partner's key needs its partner in the directory
        partnerB = createKey("PARTNER", "P0328");
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

        // marketing sees both; sellers read published assets only; evaluators have no access
        assertThat(call("GET", "/api/studio/drafts", marketing, null).body()).contains(id).contains(other);
        assertThat(call("GET", "/api/studio/drafts/" + other, seller, null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/studio/drafts", seller, draftBody(storyA, "P0761", "email")).status()).isEqualTo(403);
        assertThat(call("GET", "/api/studio/drafts", evaluator, null).status()).isEqualTo(403);
    }

    private static byte[] story(String customer, String partner) {
        return ("""
                # %1$s runs every project from one plan

                - Customer: %1$s
                - Industry: Manufacturing
                - Partner: %2$s

                ## The challenge

                %1$s tracked 14 projects in spreadsheets across 3 plants.

                ## The solution

                %2$s moved all 14 projects to one plan in 8 weeks.

                ## The results

                - Planning time down 30%%.
                """.formatted(customer, partner)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPartnerUploadsItsOwnStoryThatNoOtherPartnerCanSeeUseOrTakeOver() throws Exception {
        byte[] file = story("Quarry Mills " + System.nanoTime(), "Liberty Works");
        Response uploaded = upload("/api/studio/stories", partnerA, "file", "quarry.md", file, "title", "Quarry Mills plans");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String mine = uploaded.json().get("id").asString();
        assertThat(uploaded.json().get("partnerId").asString()).isEqualTo("P0761");
        assertThat(uploaded.json().get("title").asString()).isEqualTo("Quarry Mills plans");
        assertThat(uploaded.json().get("status").asString()).isEqualTo("indexed");
        assertThat(uploaded.json().get("uploadedAt").asString()).isNotBlank();

        // the same file again is the same story; the owner lists it, drafts from it and reads its facts
        Response again = upload("/api/studio/stories", partnerA, "file", "quarry.md", file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(mine);
        assertThat(call("GET", "/api/studio/stories", partnerA, null).body()).contains(mine);
        assertThat(call("GET", "/api/studio/stories/" + mine + "/facts", partnerA, null).body()).contains("Quarry Mills");
        Response draft = call("POST", "/api/studio/drafts", partnerA, draftBody(mine, null, "one_pager"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().get("storyTitle").asString()).isEqualTo("Quarry Mills plans");

        // partner B: not in its list, no facts, no draft from it, and the same bytes do not hand it over
        assertThat(call("GET", "/api/studio/stories", partnerB, null).body()).doesNotContain(mine);
        assertThat(call("GET", "/api/studio/stories/" + mine + "/facts", partnerB, null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/studio/drafts", partnerB, draftBody(mine, null, "email")).status()).isEqualTo(404);
        Response taken = upload("/api/studio/stories", partnerB, "file", "copy.md", file);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(taken.body()).doesNotContain(mine).doesNotContain("Quarry Mills plans").doesNotContain("P0761");
        // nor can B upload into A's library, or a vendor document be taken over by its bytes
        Response intoA = upload("/api/studio/stories", partnerB, "file", "b.md", story("Birch Ltd", "x"), "partnerId", "P0761");
        assertThat(intoA.status()).isEqualTo(404);
        assertThat(call("GET", "/api/studio/stories", partnerA, null).body()).doesNotContain("Birch Ltd");
        Response vendorCopy = upload("/api/studio/stories", partnerB, "file", "agency-campaigns.md",
                bytes("demo/documents/case-studies/agency-campaigns.md"));
        assertThat(vendorCopy.status()).isEqualTo(409);
        assertThat(vendorCopy.body()).doesNotContain(storyA);

        // B's own story is B's: A does not see it; marketing sees both and may upload for a partner
        Response theirs = upload("/api/studio/stories", partnerB, "file", "birch.md", story("Birch Ltd", "Brewery Co"));
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("partnerId").asString()).isEqualTo("P0328");
        assertThat(call("GET", "/api/studio/stories", partnerA, null).body()).doesNotContain(theirs.json().get("id").asString());
        assertThat(call("GET", "/api/studio/stories", marketing, null).body()).contains(mine).contains(theirs.json().get("id").asString());
        Response forA = upload("/api/studio/stories", marketing, "file", "m.md", story("Maple Inc", "Liberty Works"), "partnerId", "P0761");
        assertThat(forA.json().get("partnerId").asString()).isEqualTo("P0761");

        // sellers and evaluators upload nothing; bad files get a clear problem
        assertThat(upload("/api/studio/stories", seller, "file", "s.md", story("S", "T")).status()).isEqualTo(403);
        assertThat(upload("/api/studio/stories", evaluator, "file", "s.md", story("S", "T")).status()).isEqualTo(403);
        Response empty = upload("/api/studio/stories", partnerA, "file", "empty.md", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("detail").asString()).isEqualTo("The file is empty");
        Response binary = upload("/api/studio/stories", partnerA, "file", "x.bin", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
        assertThat(binary.status()).as(binary.body()).isIn(415, 422);
        assertThat(binary.contentType()).startsWith("application/problem+json");
    }

    @Test
    void draftsNameTheirStoryAndPeopleAndAnIdempotencyKeyMakesOneDraft() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String key = "generate-" + System.nanoTime();
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                    + "/api/studio/drafts")).header("Authorization", "Bearer " + partnerA)
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(draftBody(storyA, null, "email"))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            statuses.add(response.statusCode());
            ids.add(tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).get("id").asString());
        }
        assertThat(statuses).containsExactly(201, 200, 200);
        assertThat(ids).containsOnly(ids.get(0));
        // another caller's same key is its own request
        assertThat(call("GET", "/api/studio/drafts/" + ids.get(0), partnerB, null).status()).isEqualTo(404);

        String id = ids.get(0);
        JsonNode listed = null;
        for (JsonNode d : call("GET", "/api/studio/drafts", partnerA, null).json()) {
            if (d.get("id").asString().equals(id)) {
                listed = d;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("storyTitle").asString()).isNotBlank();
        assertThat(listed.get("assetType").asString()).isEqualTo("email");
        assertThat(listed.get("status").asString()).isEqualTo("draft");
        assertThat(listed.get("createdAt").asString()).isNotBlank();
        // the key's person, never its subject
        JsonNode version = call("GET", "/api/studio/drafts/" + id + "/versions", partnerA, null).json().get(0);
        assertThat(version.get("createdBy").asString()).startsWith("key:");
        assertThat(version.get("createdByName").asString()).isEqualTo("PARTNER key (API key)");
        JsonNode d = call("GET", "/api/studio/drafts/" + id, partnerA, null).json();
        assertThat(d.get("metadata").get("createdByName").asString()).doesNotStartWith("key:");
        assertThat(d.get("exportFormats").toString()).isEqualTo("[\"md\",\"html\"]");
    }

    /** R&D once: every asset type in every format it exports to, and the studio's preview, escaped once for that format. */
    @Test
    void everyAssetTypeAndFormatShowsAmpersandsAnglesAndQuotesAsWrittenEscapedOnce() throws Exception {
        String text = "R&D <b>bold</b> \"double\" 'single' & more";
        String markdown = "R&D \\<b>bold\\</b> \"double\" 'single' & more";
        Map<String, String> editable = Map.of("one_pager", "cta", "email", "cta", "social", "linkedin", "landing_page", "cta",
                "blog_post", "closing");
        var http = java.net.http.HttpClient.newHttpClient();
        for (var entry : editable.entrySet()) {
            String type = entry.getKey();
            String id = call("POST", "/api/studio/drafts", marketing, draftBody(storyA, "P0761", type)).json().get("id").asString();
            Response edited = call("PATCH", "/api/studio/drafts/" + id, marketing, "{\"expectedVersion\":1,\"sections\":{\""
                    + entry.getValue() + "\":" + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text) + "}}");
            assertThat(edited.status()).as(type + ": " + edited.body()).isEqualTo(200);
            boolean html = type.equals("one_pager") || type.equals("landing_page");

            // the studio's preview: an HTML asset in a frame, a text asset as text
            String rendered = edited.json().get("rendered").asString();
            assertThat(html ? org.jsoup.Jsoup.parse(rendered).text() : rendered).as(type + " preview").contains(text);
            assertThat(rendered).as(type).doesNotContain("&amp;amp;");
            if (html) {
                assertThat(rendered).as(type).doesNotContain("<b>bold");
            }

            byte[] page = export(http, id, "html");
            String pageText = new String(page, StandardCharsets.UTF_8);
            assertThat(org.jsoup.Jsoup.parse(pageText).text()).as(type + " html").contains(text);
            assertThat(pageText).as(type + " html").doesNotContain("&amp;amp;").doesNotContain("&amp;lt;").doesNotContain("<b>bold");
            if (html) {
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(export(http, id, "pdf"))) {
                    String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                    assertThat(pdfText).as(type + " pdf").contains(text).doesNotContain("&amp;").doesNotContain("&lt;");
                }
            } else {
                String md = new String(export(http, id, "md"), StandardCharsets.UTF_8);
                assertThat(md).as(type + " md").contains(markdown).doesNotContain("&amp;").doesNotContain("&lt;");
            }
        }
    }

    private byte[] export(java.net.http.HttpClient http, String id, String format) throws Exception {
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/studio/drafts/" + id + "/export?format=" + format)).header("Authorization", "Bearer " + marketing).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(format).isEqualTo(200);
        return response.body();
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
