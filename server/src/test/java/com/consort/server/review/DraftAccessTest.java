package com.consort.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.security.Role;
import com.consort.server.testing.WebClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may read and write which drafts (StudioAccess), through the studio API, the review API and pages,
 * and the MCP tool: co-branding never carries one partner's story to another, two-person approval
 * compares people, and sellers read published assets only.
 */
class DraftAccessTest extends ReviewTestSupport {

    @Test
    void noRoleCanCoBrandAnotherPartnersStoryOnCreateRegenerateOrOverMcp() throws Exception {
        String crossed = "{\"sourceDocumentId\":\"" + fixture.storyA() + "\",\"partnerId\":\"" + PARTNER_B + "\",\"assetType\":\"email\"}";
        for (Role role : new Role[] {Role.MARKETING, Role.ADMIN}) {
            var refused = call("POST", "/api/studio/drafts", key(role), crossed);
            assertThat(refused.status()).as(role + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("detail").asString()).contains(PARTNER_A + "'s");
        }
        // partner B cannot reach A's story at all
        assertThat(call("POST", "/api/studio/drafts", fixture.partnerB(), crossed).status()).isEqualTo(404);
        // A's own story co-branded with A, and a vendor-only asset from it, are fine
        assertThat(call("POST", "/api/studio/drafts", key(Role.MARKETING), crossed.replace(PARTNER_B, PARTNER_A)).status())
                .isEqualTo(201);
        assertThat(call("POST", "/api/studio/drafts", key(Role.MARKETING), crossed.replace("\"" + PARTNER_B + "\"", "null"))
                .status()).isEqualTo(201);

        // the MCP tool goes through the same check
        var transport = HttpClientStreamableHttpTransport.builder("http://localhost:" + port).endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + key(Role.MARKETING))).build();
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build()) {
            client.initialize();
            var result = client.callTool(new McpSchema.CallToolRequest("draft_asset",
                    Map.of("caseStudyId", fixture.storyA(), "assetType", "email", "partnerId", PARTNER_B)));
            assertThat(result.isError()).isTrue();
            assertThat(((McpSchema.TextContent) result.content().get(0)).text()).contains(PARTNER_A + "'s");
        }

        // a draft of B whose story is (now) A's is not written again from it
        String draftB = newDraft(fixture.partnerB(), fixture.storyB());
        jdbc.sql("UPDATE studio_draft SET source_document_id = ? WHERE id = ?").params(fixture.storyA(), draftB).update();
        var regenerated = call("POST", "/api/studio/drafts/" + draftB + "/regenerate", key(Role.MARKETING), "{\"expectedVersion\":1}");
        assertThat(regenerated.status()).as(regenerated.body()).isEqualTo(400);
        jdbc.sql("UPDATE studio_draft SET source_document_id = ? WHERE id = ?").params(fixture.storyB(), draftB).update();
    }

    /** What a vendor story co-branded with a partner shows that partner: the draft, not the story. */
    @Test
    void aVendorStoryCoBrandedWithAPartnerShowsItTheDraftButNotTheStory() throws Exception {
        String vendorStory = ingest("ministry-grants.md", null);
        var created = call("POST", "/api/studio/drafts", key(Role.MARKETING), "{\"sourceDocumentId\":\"" + vendorStory
                + "\",\"partnerId\":\"" + PARTNER_A + "\",\"assetType\":\"social\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        assertThat(call("GET", "/api/studio/drafts/" + id, fixture.partnerA(), null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/studio/stories/" + vendorStory + "/facts", fixture.partnerA(), null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/studio/drafts/" + id, fixture.partnerB(), null).status()).isEqualTo(404);

        String username = "vendor-story-partner-" + System.nanoTime();
        users.create(username, "Partner A", null, Role.PARTNER, PARTNER_A, "Liberty Works", PASSWORD);
        var browser = new WebClient(port);
        browser.login(username, PASSWORD);
        var page = browser.page("/review/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"source-withheld\"").doesNotContain("id=\"passage-");
        // its own story is shown beside its own draft
        var own = browser.page("/review/" + newDraft(fixture.partnerA(), fixture.storyA()));
        assertThat(own.body()).contains("id=\"passage-").doesNotContain("id=\"source-withheld\"");
    }

    /** MARKETING edits a partner's draft, the partner submits it: that marketer approves it with no key or session. */
    @Test
    void approvalIsRefusedToAnyoneWhoWroteAVersionWhateverKeyOrSessionTheyUse() throws Exception {
        String marketer = "marketer-" + System.nanoTime();
        String userId = users.create(marketer, "Mara Marketer", null, Role.MARKETING, null, null, PASSWORD).user().id();
        String firstKey = issueKey(userId);
        String secondKey = issueKey(userId);

        String id = newDraft(fixture.partnerA(), fixture.storyA());
        var edited = call("PATCH", "/api/studio/drafts/" + id, firstKey,
                "{\"expectedVersion\":1,\"sections\":{\"x\":\"Talk to Liberty Works about your next campaign.\"}}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(act(id, "submit", fixture.partnerA(), null).status()).isEqualTo(200);

        assertThat(act(id, "approve", firstKey, "\"version\":2").status()).as("the key that wrote version 2").isEqualTo(403);
        assertThat(act(id, "approve", secondKey, "\"version\":2").status()).as("another key of the same person").isEqualTo(403);
        var session = new WebClient(port);
        session.login(marketer, PASSWORD);
        var bySession = session.api("POST", "/api/review/drafts/" + id + "/approve",
                "{\"lockVersion\":" + state(id).get("lockVersion").asLong() + ",\"version\":2}", true);
        assertThat(bySession.status()).as("the same person logged in").isEqualTo(403);

        String colleague = apiKeys.create("a colleague", Role.MARKETING, null).plaintext();
        assertThat(act(id, "approve", colleague, "\"version\":2").status()).isEqualTo(200);
    }

    @Test
    void aSellerReadsPublishedAssetsOnlyAndNoReviewComments() throws Exception {
        String seller = key(Role.SELLER);
        String id = newDraft(fixture.partnerA(), fixture.storyA());
        assertThat(call("GET", "/api/studio/drafts/" + id, seller, null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/review/drafts/" + id, seller, null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/studio/drafts?size=500", seller, null).body()).doesNotContain(id);

        assertThat(act(id, "submit", fixture.partnerA(), null).status()).isEqualTo(200);
        assertThat(act(id, "approve", key(Role.MARKETING), "\"version\":1").status()).isEqualTo(200);
        assertThat(act(id, "publish", fixture.partnerA(), null).status()).isEqualTo(200);

        assertThat(call("GET", "/api/studio/drafts/" + id, seller, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/studio/drafts/" + id + "/export", seller, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/studio/drafts?size=500", seller, null).body()).contains(id);
        assertThat(call("GET", "/api/review/drafts/" + id + "/comments", seller, null).status()).isEqualTo(403);
    }

    private String issueKey(String userId) throws Exception {
        var created = call("POST", "/api/admin/api-keys", ADMIN_KEY,
                "{\"name\":\"Mara's key\",\"role\":\"MARKETING\",\"userId\":\"" + userId + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("key").asString();
    }
}
