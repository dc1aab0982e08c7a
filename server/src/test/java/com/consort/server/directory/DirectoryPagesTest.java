package com.consort.server.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import com.consort.server.DemoServerTest;
import com.consort.server.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may read the directory, a profile and a document over the pages: the vendor's people read them all;
 * a partner's user reads its own profile and its own documents, and nothing of another partner (the 404
 * page, as for what does not exist). Facets narrow the list the way the API's filters do.
 */
class DirectoryPagesTest extends DemoServerTest {

    private static final String OWN = "P0001"; // the demo partner user's partner

    @LocalServerPort
    int port;
    @Autowired
    DocumentRepository documents;

    @Test
    void aPartnerSeesOnlyItsOwnProfileAndDocumentsAndSellersSeeThemAll() throws Exception {
        awaitDemoData();
        String otherStory = documents.list(DocumentKind.CASE_STUDY, "P0328", 0, 1).get(0).id();

        var partner = new WebClient(port);
        partner.login("demo-partner", "consort-demo");
        assertThat(partner.page("/partners").status()).isEqualTo(403);
        var own = partner.page("/partners/" + OWN);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("id=\"partner-facts\"").doesNotContain("Partner directory</a>");
        assertThat(partner.page("/partners/P0328").status()).isEqualTo(404);
        assertThat(partner.page("/documents/" + otherStory).status()).isEqualTo(404);
        assertThat(partner.page("/documents/profile-P0328").status()).isEqualTo(404);

        var seller = new WebClient(port);
        seller.login("demo-seller", "consort-demo");
        var story = seller.page("/documents/" + otherStory);
        assertThat(story.status()).isEqualTo(200);
        assertThat(story.body()).contains("href=\"/partners/P0328\"").doesNotContain("id=\"passage\"");
        assertThat(seller.page("/partners/P0328").body()).contains("href=\"/documents/" + otherStory + "\"");
        // a profile cited as a source is the partner's profile page
        assertThat(seller.page("/documents/profile-P0328").header("Location")).endsWith("/partners/P0328");
    }

    @Test
    void aFacetNarrowsTheDirectoryAsTheApiFiltersDo() throws Exception {
        awaitDemoData();
        var seller = new WebClient(port);
        seller.login("demo-seller", "consort-demo");
        var api = seller.api("GET", "/api/partners?tiers=Gold&languages=de&size=1", null).json();
        var page = seller.page("/partners?tiers=Gold&languages=German");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<span id=\"result-count\">" + api.get("total").asInt() + "</span>")
                .contains("value=\"Gold\" checked").contains("value=\"de\" checked");
        assertThat(seller.page("/partners?page=0").status()).isEqualTo(400);
    }
}
