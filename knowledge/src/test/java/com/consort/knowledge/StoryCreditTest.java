package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A customer story uploaded without a partner is filed under the directory partner its own text credits (a sentence
 * that names the partner and calls it one), so a search for the work finds that partner; the uploader's partner stays
 * the authority, and a story that credits nobody in the directory stays unfiled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryCreditTest {

    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
            S1,Baszta Security a.s.,Solution Provider,Member,EMEA,Czechia,Czech,,Identity Governance,,,,Identity projects in Central Europe.,,active,4.0,Ines
            S2,Harbour Identity Ltd,Solution Provider,Member,EMEA,Poland,Polish,,Identity Governance,,,,Identity projects for Polish companies.,,active,4.0,Jon
            S3,Vistula Systems,Solution Provider,Member,EMEA,Poland,Polish,,Identity Governance,,,,Access reviews and single sign-on.,,active,4.0,Lea
            """;

    static final String CREDITED = """
            # Koleje Pomorskie Plus gives every depot worker one identity

            Koleje Pomorskie Plus runs regional trains in northern Poland with 3,800 employees.

            The rollout was led by Baszta Security a.s., a partner of the vendor from Brno, which connected the HR system
            and introduced badge-tap sign-in on 220 shared depot workstations.
            """;

    static final String DENIED = """
            # Mazury Dairy does it alone

            Mazury Dairy reviewed its access rights with its own staff. Vistula Systems, which is not a partner of ours,
            supplied the badge readers.
            """;

    static final String OUTSIDE = """
            # Gdynia Port signs in once

            The project was run with Nordbaltic Consulting, a partner of the port for many years.
            """;

    @TempDir
    static Path dataDir;

    AnnotationConfigApplicationContext context;
    DocumentIngestor ingestor;

    @BeforeAll
    void directory() {
        context = KnowledgeContext.withDirectory(TestStorage.embedded(dataDir), PARTNERS);
        ingestor = context.getBean(DocumentIngestor.class);
    }

    @AfterAll
    void close() {
        context.close();
    }

    private Document ingest(String text, String file, String partnerId) {
        return ingestor.ingest(new DocumentIngestor.Upload(text.getBytes(StandardCharsets.UTF_8), file, DocumentKind.CASE_STUDY,
                partnerId, null)).document();
    }

    @Test
    void aStoryWithoutAPartnerIsFiledUnderThePartnerItsTextCredits() {
        Document story = ingest(CREDITED, "pomorze.md", null);
        assertThat(story.partnerId()).isEqualTo("S1");
        List<String> found = context.getBean(PartnerSearch.class)
                .search(new PartnerSearch.Query("Who introduced badge-tap sign-in for the depot workers of a regional train operator?",
                        Constraints.NONE, 3, RetrievalMode.HYBRID))
                .results().stream().map(PartnerSearch.Result::partnerId).toList();
        assertThat(found).first().isEqualTo("S1");
    }

    @Test
    void theUploadersPartnerStaysTheAuthority() {
        String story = """
                # Warta Savings Bank signs in once

                The work was led by Baszta Security a.s., a partner of the vendor, with the bank's own team.
                """;
        assertThat(ingest(story, "warta.md", "S2").partnerId()).isEqualTo("S2");
    }

    @Test
    void aStoryThatDeniesOrNamesNoDirectoryPartnerStaysUnfiled() {
        assertThat(ingest(DENIED, "mazury.md", null).partnerId()).isNull();
        assertThat(ingest(OUTSIDE, "gdynia.md", null).partnerId()).isNull();
    }
}
