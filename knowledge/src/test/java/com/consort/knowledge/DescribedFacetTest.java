package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A partner whose directory entry leaves its industries empty is unknown there, not absent: it meets an industry the
 * question asks for when its own description calls that industry by any of its names (the seller's word, the value's
 * name, a general word for it), as a whole word.
 */
class DescribedFacetTest {

    @TempDir
    static Path dataDir;

    @Nested
    class Embedded extends OnStorage {
        @Override
        DataSource dataSource() {
            return TestStorage.embedded(dataDir);
        }
    }

    @Nested
    class Postgres extends OnStorage {
        @Override
        DataSource dataSource() {
            return TestStorage.postgres();
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnStorage {

        static final String PARTNERS = """
                id,name,type,tier,regions,countries,languages,industries,specializations,certifications,integrations,templates,description,website,status,satisfaction,partner_manager
                A1,Stated Auto,Consulting Partner,Silver,EMEA,Germany,German,Automotive & Manufacturing,,,,,Plant consulting for factories.,,active,4.0,Ines
                A2,Described Auto,Consulting Partner,Silver,EMEA,Germany,German,,,,,,Automotive suppliers call us before their assessment.,,active,4.0,Jon
                A3,Workshop Folk,Consulting Partner,Silver,EMEA,Germany,German,,,,,,We run security workshops for insurers.,,active,4.0,Lea
                A4,Stated Retail,Consulting Partner,Silver,EMEA,Germany,German,Retail,,,,,Store systems.,,active,4.0,Max
                A5,Described Retail,Consulting Partner,Silver,EMEA,Germany,German,,,,,,"Our customers are retailers and supermarkets (shops, mostly).",,active,4.0,Max
                A6,Stated Watch,Managed Service Provider,Silver,EMEA,Germany,German,,Security Operations Center,,,,Analysts in Kiel.,,active,4.0,Max
                A7,Nordlicht SOC GmbH,Managed Service Provider,Silver,EMEA,Germany,German,,,,,,Analysts in Bremen watch over banks.,,active,4.0,Max
                A8,Blue Coaching,Consulting Partner,Silver,EMEA,Germany,German,,,,,,Coaching for SOC analysts.,,active,4.0,Max
                A9,Socket Works,Consulting Partner,Silver,EMEA,Germany,German,,,,,,Socket-level network tuning.,,active,4.0,Max
                """;

        AnnotationConfigApplicationContext context;
        PartnerSearch search;

        abstract DataSource dataSource();

        @BeforeAll
        void directory() {
            context = KnowledgeContext.withDirectory(dataSource(), PARTNERS);
            search = context.getBean(PartnerSearch.class);
        }

        @AfterAll
        void close() {
            context.close();
        }

        private PartnerSearch.Response search(String question) {
            return search.search(new PartnerSearch.Query(question, Constraints.NONE, 10, RetrievalMode.HYBRID));
        }

        private static List<String> ids(PartnerSearch.Response response) {
            return response.results().stream().map(PartnerSearch.Result::partnerId).sorted().toList();
        }

        @Test
        void aDescriptionThatNamesTheIndustryOtherwiseThanTheSellerMeetsIt() {
            PartnerSearch.Response response = search("car parts supplier in Germany");
            assertThat(response.understood().byFacet().get(Facet.INDUSTRY)).isEqualTo(Set.of("Automotive & Manufacturing"));
            assertThat(ids(response)).containsExactly("A1", "A2");
        }

        @Test
        void aGeneralWordForTheIndustryCountsOnlyAsAWholeWord() {
            PartnerSearch.Response response = search("a grocery chain in Germany");
            assertThat(response.understood().byFacet().get(Facet.INDUSTRY)).isEqualTo(Set.of("Retail"));
            // A5 says "retailers", "supermarkets" and "(shops"; A3's "workshops" is not a shop
            assertThat(ids(response)).containsExactly("A4", "A5");
            // its reason quotes its own word (of its name, "Described Retail", or description), as it lists no industry
            assertThat(response.results()).filteredOn(r -> r.partnerId().equals("A5")).singleElement()
                    .extracting(PartnerSearch.Result::reasons)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(PartnerSearch.Reason.class))
                    .filteredOn(r -> r.criterion().equals("industries"))
                    .extracting(PartnerSearch.Reason::explanation).singleElement().asString()
                    .matches("Its description says '(retail|retailers|supermarkets|shops)'");
        }

        @Test
        void aShortNameIsAWholeWordAndAPartnersOwnNameIsPartOfItsWords() {
            PartnerSearch.Response response = search("who runs a SOC in Germany?");
            assertThat(response.understood().byFacet().get(Facet.SPECIALIZATION)).isEqualTo(Set.of("Security Operations Center"));
            // A7 says it in its name, A8 in its description; A9's "socket" is no SOC
            assertThat(ids(response)).containsExactly("A6", "A7", "A8");
        }

        @Test
        void aPartnerWhoseEntryComesToFillTheFacetIsMetByTheEntryOnly() {
            PartnerRepository partners = context.getBean(PartnerRepository.class);
            Partner described = partners.findAll(List.of("A2")).get(0);
            Map<Facet, List<String>> facets = new java.util.EnumMap<>(described.facets());
            facets.put(Facet.INDUSTRY, List.of("Retail"));
            try {
                partners.save(new Partner(described.id(), described.name(), described.description(), described.website(),
                        described.active(), described.satisfaction(), facets, described.extra()));
                // its description still says "Automotive suppliers", but its entry now says what it serves
                assertThat(ids(search("car parts supplier in Germany"))).containsExactly("A1");
            } finally {
                partners.save(described);
            }
            assertThat(ids(search("car parts supplier in Germany"))).containsExactly("A1", "A2");
        }

        @Test
        void partnersStoredBeforeTheEmptyFacetListAreBackfilledTheWayTheyAreWritten() throws Exception {
            var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
            String rows = "SELECT facet || ' ' || partner_id FROM partner_empty_facet ORDER BY facet, partner_id";
            List<String> written = jdbc.queryForList(rows, String.class);
            String migration;
            try (var in = getClass().getResourceAsStream("/db/migration/common/V694__partner_empty_facet.sql")) {
                migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            jdbc.update("DELETE FROM partner_empty_facet");
            for (String insert : migration.substring(migration.indexOf("INSERT")).split(";")) {
                if (!insert.isBlank()) {
                    jdbc.update(insert);
                }
            }
            assertThat(jdbc.queryForList(rows, String.class)).isEqualTo(written).contains("INDUSTRY A2", "SPECIALIZATION A1")
                    .doesNotContain("INDUSTRY A1", "SPECIALIZATION A6");
        }

        @Test
        void partnersStoredBeforeTheWordsColumnAreBackfilledTheWayTheyAreWritten() throws Exception {
            var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
            List<String> written = jdbc.queryForList("SELECT description_words FROM partner ORDER BY id", String.class);
            String migration;
            try (var in = getClass().getResourceAsStream("/db/migration/common/V693__partner_name_words.sql")) {
                migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            String backfill = migration.substring(migration.indexOf("UPDATE partner"), migration.lastIndexOf(';'));
            try {
                jdbc.update("UPDATE partner SET description_words = NULL");
                jdbc.update(backfill);
                assertThat(jdbc.queryForList("SELECT description_words FROM partner ORDER BY id", String.class))
                        .isEqualTo(written).contains(" described retail our customers are retailers and supermarkets  shops  mostly   ");
            } finally {  // the other tests search these partners
                List<String> ids = jdbc.queryForList("SELECT id FROM partner ORDER BY id", String.class);
                for (int i = 0; i < ids.size(); i++) {
                    jdbc.update("UPDATE partner SET description_words = ? WHERE id = ?", written.get(i), ids.get(i));
                }
            }
        }
    }
}
