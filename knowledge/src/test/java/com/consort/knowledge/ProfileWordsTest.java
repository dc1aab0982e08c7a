package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import java.util.List;
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
 * A seller asks in the words the partners themselves use for their work ("get off the mainframe"), not in the
 * directory's name for it ("Legacy Modernisation"), and no general word list can know every vendor's competencies.
 * The directory teaches them: a word that most of a value's partners say and hardly any other partner says means that
 * value. A data-platform vendor's directory, nothing like the demo's.
 */
class ProfileWordsTest {

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
    @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class) // the change goes last
    abstract static class OnStorage {

        static final String HEADER = "id,name,type,tier,regions,countries,languages,industries,specializations,certifications,"
                + "integrations,templates,description,website,status,satisfaction,partner_manager\n";

        static final String PARTNERS = HEADER + """
                M1,Ardoise Data,Consultancy,Gold,EMEA,France,French,,Legacy Modernisation,,,,Moving data warehouses off ageing mainframes for insurers in Lyon; Snowflake when asked.,,active,4.0,Ines
                M2,Brume Systems,Consultancy,Gold,EMEA,France,French,,Legacy Modernisation,,,,We retire mainframes and take the workloads to the cloud.,,active,4.0,Ines
                M3,Cobalt Shift,Consultancy,Silver,EMEA,France,French,,Legacy Modernisation,,,,"Mainframe exits and warehouse moves, mostly for retailers.",,active,4.0,Jon
                M4,Dune Migrations,Consultancy,Silver,EMEA,France,French,,Legacy Modernisation,,,,Mainframe migrations since 1998; Snowflake partner.,,active,4.0,Jon
                M5,Estran Batch,Consultancy,Silver,EMEA,France,French,,Legacy Modernisation,,,,We take COBOL batch jobs off the mainframe and into the cloud.,,active,4.0,Jon
                D1,Falaise Boards,Consultancy,Gold,EMEA,France,French,,Dashboard Delivery,,,,Executive scorecards built in weeks.,,active,4.0,Lea
                D2,Galet Insight,Consultancy,Gold,EMEA,France,French,,Dashboard Delivery,,,,Scorecards and KPI boards for finance teams in the cloud.,,active,4.0,Lea
                D3,Houle Metrics,Consultancy,Silver,EMEA,France,French,,Dashboard Delivery,,,,We design scorecards for boards and committees.,,active,4.0,Lea
                D4,Iode Analytics,Consultancy,Silver,EMEA,France,French,,Dashboard Delivery,,,,Self-service scorecards for operations managers.,,active,4.0,Lea
                D5,Jusant Reports,Consultancy,Silver,EMEA,France,French,,Dashboard Delivery,,,,"Scorecards, reports and a little training.",,active,4.0,Lea
                C1,Kerguelen Ops,Managed Services,Gold,EMEA,France,French,,Cluster Operations,,,,"We keep clusters patched and upgraded, in the cloud or next to a mainframe.",,active,4.0,Max
                C2,Lagune Run,Managed Services,Silver,EMEA,France,French,,Cluster Operations,,,,Clusters patched every week.,,active,4.0,Max
                C3,Maree Care,Managed Services,Silver,EMEA,France,French,,Cluster Operations,,,,Upgrades and on-call for busy clusters in the cloud.,,active,4.0,Max
                N1,Nacre Studio,Consultancy,Silver,EMEA,France,French,,,,,,We help insurers get off the mainframe.,,active,4.0,Max
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
            return search.search(new PartnerSearch.Query(question, Constraints.NONE, 20, RetrievalMode.HYBRID));
        }

        private static List<String> ids(PartnerSearch.Response response) {
            return response.results().stream().map(PartnerSearch.Result::partnerId).sorted().toList();
        }

        @Test
        void aWordMostOfAValuesPartnersSayAndFewOthersMeansTheValue() {
            PartnerSearch.Response response = search("An insurer wants to get off its mainframe - who could do it?");
            assertThat(response.understood().byFacet().get(Facet.SPECIALIZATION)).isEqualTo(Set.of("Legacy Modernisation"));
            // the reading says which word it came from, and how, so that the seller can correct it
            assertThat(response.understood().mentions()).contains(new Constraints.Mention(Facet.SPECIALIZATION,
                    "Legacy Modernisation", "mainframe", Constraints.PROFILES));
            // C1 says "mainframe" but lists another specialisation; N1 lists none and says it in its own words
            assertThat(ids(response)).containsExactly("M1", "M2", "M3", "M4", "M5", "N1");

            assertThat(search("someone to build scorecards for our executives").understood().byFacet())
                    .containsEntry(Facet.SPECIALIZATION, Set.of("Dashboard Delivery"));
        }

        @Test
        void aWordFewPartnersSayOrPartnersOfEveryValueSayIsTextToSearch() {
            // two partners say "Snowflake": too few to teach anything; "cloud" is said across three specialisations
            assertThat(search("Snowflake experts?").understood().byFacet()).doesNotContainKey(Facet.SPECIALIZATION);
            assertThat(search("a partner for the cloud").understood().byFacet()).doesNotContainKey(Facet.SPECIALIZATION);
            // next to another word the partners never say with it, the word is not theirs: licences are no migration
            assertThat(search("an audit of our mainframe licences").understood().byFacet()).doesNotContainKey(Facet.SPECIALIZATION);
            assertThat(search("mainframe exits for a bank").understood().byFacet().get(Facet.SPECIALIZATION))
                    .isEqualTo(Set.of("Legacy Modernisation"));
            // the directory's own name for a value stands as the seller wrote it
            assertThat(search("Dashboard Delivery partners that know mainframes").understood().byFacet().get(Facet.SPECIALIZATION))
                    .isEqualTo(Set.of("Dashboard Delivery"));
        }

        @Test
        void theDirectoryTeachesAgainWhenItChanges() throws InterruptedException {
            assertThat(search("who does scorecards?").understood().byFacet()).containsKey(Facet.SPECIALIZATION);
            // three cluster operators start saying "scorecards": the word no longer tells the specialisation
            context.getBean(PartnerDirectory.class).importFile(new java.io.ByteArrayInputStream((HEADER + """
                    C4,Nord Ops,Managed Services,Gold,EMEA,France,French,,Cluster Operations,,,,Clusters with uptime scorecards.,,active,4.0,Max
                    C5,Ouest Ops,Managed Services,Gold,EMEA,France,French,,Cluster Operations,,,,Patching with monthly scorecards.,,active,4.0,Max
                    C6,Sud Ops,Managed Services,Gold,EMEA,France,French,,Cluster Operations,,,,On-call with scorecards.,,active,4.0,Max
                    """).getBytes(java.nio.charset.StandardCharsets.UTF_8)), ImportFormat.CSV);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (search("who does scorecards?").understood().byFacet().containsKey(Facet.SPECIALIZATION)
                    && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(search("who does scorecards?").understood().byFacet()).doesNotContainKey(Facet.SPECIALIZATION);
        }
    }
}
