package com.consort.server.review;

import com.consort.knowledge.ImportFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.StorageKind;
import com.consort.server.accounts.Users;
import com.consort.server.audit.AuditLog;
import com.consort.server.security.Role;
import com.consort.server.testing.PostgresProperties;
import com.consort.studio.Drafts;
import com.consort.studio.NewDraft;
import com.consort.studio.Actor;
import com.consort.studio.ReviewAction;
import com.consort.studio.Reviews;
import com.consort.studio.StaleDraftException;
import com.consort.studio.StudioRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The accounts, audit and review SQL on real PostgreSQL (the HTTP tests run on the embedded H2). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "consort.demo-data=false")
class AccountsAndReviewPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.freshDatabase(registry);
    }

    @Autowired
    StorageKind storage;
    @Autowired
    Users users;
    @Autowired
    AuditLog audit;
    @Autowired
    Reviews reviews;
    @Autowired
    Drafts drafts;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    DocumentIngestor ingestor;

    @Test
    void accountsAuditAndTheReviewWorkflowRunOnPostgres() {
        assertThat(storage).isEqualTo(StorageKind.POSTGRES);
        String[] lines = ReviewTestSupport.resource("demo/partners.csv").split("\n");
        String csv = lines[0] + "\n" + java.util.Arrays.stream(lines).skip(1)
                .filter(l -> l.startsWith(ReviewTestSupport.PARTNER_A + ",")).collect(Collectors.joining("\n"));
        directory.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);

        // accounts: a partner user in its organisation, login lookup, disable ends sessions
        var partnerUser = users.create("pg-partner", "PG Partner", "pg@example.com", Role.PARTNER,
                ReviewTestSupport.PARTNER_A, "Liberty Works", "postgres-password-1").user();
        assertThat(users.loadUserByUsername("PG@example.com").getUsername()).isEqualTo("pg-partner");
        assertThat(users.list(Role.PARTNER, ReviewTestSupport.PARTNER_A)).extracting(u -> u.username()).contains("pg-partner");
        assertThat(users.setEnabled(partnerUser.id(), false)).isTrue();
        assertThat(users.find(partnerUser.id()).orElseThrow().enabled()).isFalse();
        assertThat(users.findByUsername("admin")).isPresent();

        // the review workflow
        byte[] story = ReviewTestSupport.resource("demo/documents/case-studies/agency-campaigns.md").getBytes(StandardCharsets.UTF_8);
        String storyId = ingestor.ingest(new DocumentIngestor.Upload(story, "agency-campaigns.md", DocumentKind.CASE_STUDY,
                ReviewTestSupport.PARTNER_A, null)).document().id();
        Actor partner = new Actor("user:" + partnerUser.id(), "PG Partner", StudioRole.PARTNER, ReviewTestSupport.PARTNER_A);
        Actor marketing = new Actor("key:marketing", null, StudioRole.MARKETING, null);
        String id = drafts.create(new NewDraft(storyId, ReviewTestSupport.PARTNER_A, "social", "en", null), partner.subject())
                .draft().id();

        var submitted = reviews.act(partner, id, ReviewAction.SUBMIT, transition(reviews.view(partner, id).lockVersion(), null, null, null));
        assertThat(submitted.status()).isEqualTo("in_review");
        assertThat(reviews.queue(new Reviews.QueueFilter(ReviewTestSupport.PARTNER_A, "social", 0, 24), 0, 10))
                .extracting(Reviews.QueueItem::draftId).containsExactly(id);
        assertThat(reviews.queue(new Reviews.QueueFilter(null, null, 2, null), 0, 10)).isEmpty();
        long stale = submitted.lockVersion() - 1;
        assertThatThrownBy(() -> reviews.act(marketing, id, ReviewAction.APPROVE, transition(stale, 1, null, null)))
                .isInstanceOf(StaleDraftException.class); // answered 409 by the API

        var comment = reviews.comment(marketing, id, "Good", null, new Reviews.Anchor("x", 0, 3, null));
        assertThat(comment.anchor().quote()).hasSize(3);
        var approved = reviews.act(marketing, id, ReviewAction.APPROVE,
                transition(submitted.lockVersion(), 1, null, Instant.now().plusMillis(100)));
        assertThat(approved.status()).isEqualTo("approved");
        assertThat(reviews.expireDue(Instant.now().plusSeconds(1))).isEqualTo(1);
        assertThat(reviews.view(marketing, id).status()).isEqualTo("expired");
        assertThat(reviews.comments(partner, id)).hasSize(1);

        var events = audit.search(new AuditLog.Filter(null, "review", Instant.now().minusSeconds(600), null), 0, 2);
        assertThat(events.total()).isEqualTo(4); // in_review, commented, approved, expired
        assertThat(events.items()).hasSize(2);
        assertThat(events.items().get(0).action()).isEqualTo("review.expired");
        assertThat(audit.search(new AuditLog.Filter("system", "user.created", null, null), 0, 10).total()).isEqualTo(1);
    }

    private static Reviews.Transition transition(long lock, Integer version, String comment, Instant expiresAt) {
        return new Reviews.Transition(lock, version, comment, null, null, expiresAt);
    }
}
