package com.consort.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.audit.AuditLog;
import com.consort.server.security.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The review workflow end to end over the API: states, who may do what, comments, locking, expiry, audit, webhooks. */
class ReviewWorkflowTest extends ReviewTestSupport {

    @Autowired
    AuditLog audit;

    @Test
    void aDraftGoesThroughReviewToPublicationAndBackToDraftWhenEdited() throws Exception {
        String partner = fixture.partnerA();
        String marketing = key(Role.MARKETING);
        String id = newDraft(partner, fixture.storyA());
        assertThat(state(id).get("status").asString()).isEqualTo("draft");
        assertThat(call("GET", "/api/review/drafts/" + id, partner, null).json().get("actions").toString())
                .contains("submit").doesNotContain("approve");

        var submitted = act(id, "submit", partner, null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("in_review");
        assertThat(submitted.json().get("submittedVersion").asInt()).isEqualTo(1);

        // the queue, with its filters
        assertThat(ids(call("GET", "/api/review/queue", marketing, null))).contains(id);
        assertThat(ids(call("GET", "/api/review/queue?partnerId=" + PARTNER_A + "&assetType=social", marketing, null))).contains(id);
        assertThat(ids(call("GET", "/api/review/queue?partnerId=" + PARTNER_B, marketing, null))).doesNotContain(id);
        assertThat(ids(call("GET", "/api/review/queue?assetType=email", marketing, null))).doesNotContain(id);
        assertThat(ids(call("GET", "/api/review/queue?minAgeHours=1", marketing, null))).doesNotContain(id);
        assertThat(call("GET", "/api/review/queue?assetType=poster", marketing, null).status()).isEqualTo(400);

        // changes requested, with a comment anchored to a passage of the post
        assertThat(act(id, "request-changes", marketing, "\"comment\":\"  \"").status()).isEqualTo(400);
        String linkedin = call("GET", "/api/studio/drafts/" + id, partner, null).json().get("sections").get("linkedin").asString();
        var changes = act(id, "request-changes", marketing, "\"comment\":\"Lead with the customer\","
                + "\"anchor\":{\"section\":\"linkedin\",\"start\":0,\"end\":" + Math.min(20, linkedin.length()) + "}");
        assertThat(changes.status()).as(changes.body()).isEqualTo(200);
        assertThat(changes.json().get("status").asString()).isEqualTo("changes_requested");
        var comments = call("GET", "/api/review/drafts/" + id + "/comments", partner, null).json();
        assertThat(comments.get(0).get("kind").asString()).isEqualTo("changes_requested");
        assertThat(comments.get(0).get("anchor").get("quote").asString()).isEqualTo(linkedin.substring(0, Math.min(20, linkedin.length())));

        // the partner edits (a new version, back in draft) and submits again
        var edited = call("PATCH", "/api/studio/drafts/" + id, partner,
                "{\"expectedVersion\":1,\"sections\":{\"linkedin\":" + JSON.writeValueAsString(linkedin + " #OrbitlyPartners") + "}}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("status").asString()).isEqualTo("draft");
        assertThat(act(id, "submit", partner, null).json().get("submittedVersion").asInt()).isEqualTo(2);

        // approval is of a specific version: the one in review
        assertThat(act(id, "approve", marketing, "\"version\":1").status()).isEqualTo(409);
        assertThat(act(id, "approve", marketing, null).status()).isEqualTo(400);
        Instant expires = Instant.now().plusSeconds(3600);
        var approved = act(id, "approve", marketing, "\"version\":2,\"expiresAt\":\"" + expires + "\"");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");
        assertThat(approved.json().get("approvedVersion").asInt()).isEqualTo(2);
        assertThat(approved.json().get("live").asBoolean()).isTrue();

        var published = act(id, "publish", partner, null);
        assertThat(published.json().get("status").asString()).isEqualTo("published");

        // editing the published asset makes a new version that needs its own approval
        var reworked = call("PATCH", "/api/studio/drafts/" + id, partner,
                "{\"expectedVersion\":2,\"sections\":{\"linkedin\":" + JSON.writeValueAsString(linkedin) + "}}");
        assertThat(reworked.status()).isEqualTo(200);
        JsonNode after = state(id);
        assertThat(after.get("status").asString()).isEqualTo("draft");
        assertThat(after.get("currentVersion").asInt()).isEqualTo(3);
        assertThat(after.get("approvedVersion").asInt()).isEqualTo(2);

        // every state change is in the audit log with who did it, and was notified with a valid signature
        var events = audit.search(new AuditLog.Filter(null, "review", null, null), 0, 500).items().stream()
                .filter(e -> ("draft:" + id).equals(e.target())).map(AuditLog.Event::action).toList();
        assertThat(events).contains("review.in_review", "review.changes_requested", "review.reopened", "review.approved",
                "review.published");
        var approval = audit.search(new AuditLog.Filter(null, "review.approved", null, null), 0, 500).items().stream()
                .filter(e -> ("draft:" + id).equals(e.target())).findFirst().orElseThrow();
        assertThat(approval.actor()).startsWith("key:");
        assertThat(approval.detail()).contains("version=2");
        assertThat(approval.remoteAddress()).isNotBlank();
        awaitHooks(id, 6);
        assertThat(hooks(id)).extracting(h -> h.get("event").asString())
                .contains("review.in_review", "review.changes_requested", "review.draft", "review.approved", "review.published");
        assertThat(BAD_SIGNATURES).isEmpty();
    }

    @Test
    void unsupportedClaimsBlockSubmission() throws Exception {
        String id = newDraft(fixture.partnerA(), fixture.storyA());
        var planted = call("PATCH", "/api/studio/drafts/" + id, fixture.partnerA(),
                "{\"expectedVersion\":1,\"sections\":{\"x\":\"Oakham Creative grew revenue by 97% with Orbitly.\"}}");
        assertThat(planted.status()).as(planted.body()).isEqualTo(200);
        var refused = act(id, "submit", fixture.partnerA(), null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("unsupportedClaims").toString()).contains("97%");
        assertThat(state(id).get("status").asString()).isEqualTo("draft");
    }

    @Test
    void onlyMarketingDecidesAndDecisionsNeedTheirWords() throws Exception {
        String id = newDraft(fixture.partnerA(), fixture.storyA());
        assertThat(act(id, "approve", fixture.partnerA(), "\"version\":1").status()).isEqualTo(403);
        assertThat(act(id, "submit", key(Role.SELLER), null).status()).isEqualTo(403);
        assertThat(act(id, "submit", key(Role.EVALUATOR), null).status()).isEqualTo(403);
        assertThat(act(id, "submit", fixture.partnerA(), null).status()).isEqualTo(200);
        for (Role role : new Role[] {Role.SELLER, Role.ADMIN, Role.EVALUATOR, Role.PARTNER}) {
            assertThat(act(id, "approve", key(role), "\"version\":1").status()).as(role.name()).isEqualTo(403);
            assertThat(act(id, "reject", key(role), "\"reason\":\"no\"").status()).as(role.name()).isEqualTo(403);
        }
        assertThat(act(id, "reject", key(Role.MARKETING), null).status()).isEqualTo(400);
        var rejected = act(id, "reject", key(Role.MARKETING), "\"reason\":\"Off-brand tone\"");
        assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
        assertThat(rejected.json().get("decisionReason").asString()).isEqualTo("Off-brand tone");
        assertThat(act(id, "approve", key(Role.MARKETING), "\"version\":1").status()).isEqualTo(409);
        // a rejected draft takes no new version
        var edit = call("PATCH", "/api/studio/drafts/" + id, fixture.partnerA(),
                "{\"expectedVersion\":1,\"sections\":{\"x\":\"Oakham Creative works with Orbitly.\"}}");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.header("Content-Type")).startsWith("application/problem+json");
        assertThat(act(id, "archive", fixture.partnerA(), null).json().get("status").asString()).isEqualTo("archived");
    }

    @Test
    void nobodyApprovesADraftTheyWroteOrSubmitted() throws Exception {
        String author = key(Role.MARKETING);
        var created = call("POST", "/api/studio/drafts", author,
                "{\"sourceDocumentId\":\"" + fixture.storyA() + "\",\"assetType\":\"social\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(act(id, "submit", author, null).status()).isEqualTo(200);
        var own = act(id, "approve", author, "\"version\":1");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asString()).contains("did not write, edit or submit");
        String colleague = apiKeys.create("second marketer", Role.MARKETING, null).plaintext();
        assertThat(act(id, "approve", colleague, "\"version\":1").status()).isEqualTo(200);
    }

    @Test
    void aStaleTransitionIs409AndTwoReviewersAtOnceHaveOneWinner() throws Exception {
        String id = newDraft(fixture.partnerA(), fixture.storyA());
        long lock = state(id).get("lockVersion").asLong();
        assertThat(call("POST", "/api/review/drafts/" + id + "/submit", fixture.partnerA(), "{\"lockVersion\":" + lock + "}")
                .status()).isEqualTo(200);
        var stale = call("POST", "/api/review/drafts/" + id + "/submit", fixture.partnerA(), "{\"lockVersion\":" + lock + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(call("POST", "/api/review/drafts/" + id + "/submit", fixture.partnerA(), "{}").status()).isEqualTo(400);

        long inReview = state(id).get("lockVersion").asLong();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String body : new String[] {"{\"lockVersion\":" + inReview + ",\"version\":1}",
                    "{\"lockVersion\":" + inReview + ",\"comment\":\"Shorter please\"}"}) {
                String action = body.contains("version\":1") ? "approve" : "request-changes";
                results.add(pool.submit(() -> {
                    start.await();
                    return call("POST", "/api/review/drafts/" + id + "/" + action, key(Role.MARKETING), body).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(state(id).get("status").asString()).isIn("approved", "changes_requested");
    }

    @Test
    void approvedAssetsExpireByThemselvesAndPublishWaitsForTheEffectiveDate() throws Exception {
        String id = newDraft(fixture.partnerA(), fixture.storyA());
        act(id, "submit", fixture.partnerA(), null);
        var approved = act(id, "approve", key(Role.MARKETING), "\"version\":1,\"expiresAt\":\""
                + Instant.now().plusSeconds(1) + "\"");
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");
        for (int i = 0; i < 50 && !state(id).get("status").asString().equals("expired"); i++) {
            Thread.sleep(200);
        }
        assertThat(state(id).get("status").asString()).isEqualTo("expired");
        assertThat(audit.search(new AuditLog.Filter("system", "review.expired", null, null), 0, 100).items())
                .anySatisfy(e -> assertThat(e.target()).isEqualTo("draft:" + id));

        String later = newDraft(fixture.partnerA(), fixture.storyA());
        act(later, "submit", fixture.partnerA(), null);
        assertThat(act(later, "approve", key(Role.MARKETING), "\"version\":1,\"effectiveFrom\":\"" + Instant.now().plusSeconds(86400)
                + "\",\"expiresAt\":\"" + Instant.now() + "\"").status()).isEqualTo(400);
        act(later, "approve", key(Role.MARKETING), "\"version\":1,\"effectiveFrom\":\"" + Instant.now().plusSeconds(86400) + "\"");
        assertThat(state(later).get("live").asBoolean()).isFalse();
        var early = act(later, "publish", fixture.partnerA(), null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("effective from");
    }

    @Test
    void commentsAreValidatedAndAnchoredToRealPassages() throws Exception {
        String id = newDraft(fixture.partnerA(), fixture.storyA());
        var plain = call("POST", "/api/review/drafts/" + id + "/comments", key(Role.MARKETING), "{\"body\":\"Nice <b>start</b>\"}");
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plain.json().get("version").asInt()).isEqualTo(1);
        assertThat(call("POST", "/api/review/drafts/" + id + "/comments", fixture.partnerA(), "{\"body\":\"\"}").status())
                .isEqualTo(400);
        assertThat(call("POST", "/api/review/drafts/" + id + "/comments", fixture.partnerA(),
                "{\"body\":\"x\",\"anchor\":{\"section\":\"linkedin\",\"start\":5,\"end\":100000}}").status()).isEqualTo(400);
        assertThat(call("POST", "/api/review/drafts/" + id + "/comments", fixture.partnerA(),
                "{\"body\":\"x\",\"anchor\":{\"section\":\"legal\",\"start\":0,\"end\":1}}").status()).isEqualTo(400);
        assertThat(call("POST", "/api/review/drafts/" + id + "/comments", key(Role.SELLER), "{\"body\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(call("GET", "/api/review/drafts/" + id + "/comments", fixture.partnerA(), null).json().get(0).get("body")
                .asString()).isEqualTo("Nice <b>start</b>");
    }

    @Test
    void theReviewPagesShowAPartnerOnlyItsOwnDraftsAndEscapeWhatTheyShow() throws Exception {
        String mine = newDraft(fixture.partnerA(), fixture.storyA());
        String theirs = newDraft(fixture.partnerB(), fixture.storyB());
        String username = "pages-partner-" + System.nanoTime();
        users.create(username, "<i>Pat</i>", null, Role.PARTNER, PARTNER_A, "Liberty Works", PASSWORD);
        var browser = new com.consort.server.testing.WebClient(port);
        browser.login(username, PASSWORD);

        var list = browser.page("/review");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Your drafts").contains("/review/" + mine).doesNotContain(theirs)
                .doesNotContain("Waiting for review").contains("&lt;i&gt;Pat&lt;/i&gt;").doesNotContain("<i>Pat</i>");
        var page = browser.page("/review/" + mine);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"submit\"").doesNotContain("id=\"approve\"").contains("mark class=\"claim");
        assertThat(browser.page("/review/" + theirs).status()).isEqualTo(404);

        // the page's own script submits with the session and its CSRF token, as the button does
        var submitted = browser.api("POST", "/api/review/drafts/" + mine + "/submit",
                "{\"lockVersion\":" + state(mine).get("lockVersion").asLong() + "}", true);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(new com.consort.server.testing.WebClient(port).page("/review").header("Location")).endsWith("/login");
    }

    private static List<String> ids(com.consort.server.testing.WebClient.Response queue) {
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        return StreamSupport.stream(queue.json().spliterator(), false).map(n -> n.get("draftId").asString()).toList();
    }

    private static List<JsonNode> hooks(String draftId) {
        return HOOKS.stream().filter(h -> draftId.equals(h.get("data").get("draftId").asString())).toList();
    }

    private static void awaitHooks(String draftId, int count) throws InterruptedException {
        for (int i = 0; i < 100 && hooks(draftId).size() < count; i++) {
            Thread.sleep(100);
        }
    }
}
