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
 * A directory of descriptions only records no country, region or language for any partner (the CNCF's lists are
 * such). A place or language the seller states is then still a thing asked for: the partners whose own passages
 * (profile, customer stories filed under them) name it are the match, and when none does the answer is an honest
 * "no match" with the others as alternatives, not a list of partners who never said it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacesInWordsTest {

    static final String PARTNERS = """
            id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
            D1,Spree Cloud,Service Provider,,,,,,,Certified Service Provider,,,A Berlin-based Kubernetes consultancy: platform builds and day-two operations.,,active,,
            D2,Malarhamn Ops,Service Provider,,,,,,,Certified Service Provider,,,Managed Kubernetes clusters run from our Stockholm office.,,active,,
            D3,Generic Platform Co,Service Provider,,,,,,,Certified Service Provider,,,Kubernetes consulting and managed clusters for enterprises.,,active,,
            D4,Aula Cloud Training,Training Partner,,,,,,,Certified Training Partner,,,Kubernetes training courses taught in English and Spanish.,,active,,
            D5,Patio Labs,Service Provider,,,,,,,Certified Service Provider,,,Platform engineering and Kubernetes consulting.,,active,,
            """;

    static final String STORY = """
            # A carmaker moves its test benches to Kubernetes

            Customer: Isarwerk Motoren
            Location: Munich, Germany

            Isarwerk Motoren moved 300 test benches onto one Kubernetes platform. The partner on the project was
            Generic Platform Co, which built the clusters and trained the plant's engineers.
            """;

    @TempDir
    static Path dataDir;

    AnnotationConfigApplicationContext context;
    PartnerSearch search;

    @BeforeAll
    void directory() {
        context = KnowledgeContext.withDirectory(TestStorage.embedded(dataDir), PARTNERS);
        context.getBean(DocumentIngestor.class).ingest(new DocumentIngestor.Upload(STORY.getBytes(StandardCharsets.UTF_8),
                "isarwerk.md", DocumentKind.CASE_STUDY, "D3", null));
        search = context.getBean(PartnerSearch.class);
    }

    @AfterAll
    void close() {
        context.close();
    }

    private PartnerSearch.Response search(String question) {
        return search.search(new PartnerSearch.Query(question, Constraints.NONE, 5, RetrievalMode.HYBRID));
    }

    private static List<String> ids(List<PartnerSearch.Result> results) {
        return results.stream().map(PartnerSearch.Result::partnerId).sorted().toList();
    }

    @Test
    void aCountryIsMetByThePartnersWhosePassagesNameIt() {
        PartnerSearch.Response response = search("Which partner is based in Germany?");
        // D1's profile says Berlin, a German city; D3's customer story says Germany; nobody else's text places itself there
        assertThat(ids(response.results())).containsExactly("D1", "D3");
        // and each cites the passage that places it
        assertThat(response.results()).allSatisfy(r -> assertThat(r.reasons())
                .anySatisfy(reason -> assertThat(reason.explanation()).contains("says 'Germany'")));
    }

    @Test
    void aRegionIsMetByItsNameOrAnyOfItsCountriesOrTheirCities() {
        PartnerSearch.Response response = search("Any Kubernetes partner in Sweden or elsewhere in the Nordics?");
        assertThat(ids(response.results())).containsExactly("D2");
    }

    @Test
    void aLanguageNoPartnerNamesIsAnHonestNoMatch() {
        PartnerSearch.Response response = search("Kubernetes training in Portuguese for our team?");
        assertThat(response.results()).isEmpty();
        assertThat(response.unmet()).anySatisfy(u -> {
            assertThat(u.constraint()).isEqualTo(Facet.LANGUAGE.filterKey());
            assertThat(u.values()).anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).contains("portuguese"));
        });
        assertThat(ids(response.alternatives())).contains("D4");
    }

    @Test
    void aLanguageAPartnerNamesFindsThatPartner() {
        assertThat(ids(search("Which partner teaches in Spanish?").results())).containsExactly("D4");
    }

    @Test
    void aQuestionWithoutAPlaceIsNotNarrowed() {
        assertThat(search("Kubernetes consulting and managed clusters").results()).hasSizeGreaterThanOrEqualTo(4);
    }
}
