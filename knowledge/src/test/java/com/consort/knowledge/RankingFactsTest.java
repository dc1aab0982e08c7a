package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner's tier and number of certifications, which ranking reads for every candidate, are kept on its row: as the
 * facet rows say when it is written, when a tier is renamed or two certifications merged, and for partners stored
 * before (V696's backfill, checked against the writer).
 */
class RankingFactsTest {

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
                R1,Two Certs,Reseller,Gold,EMEA,Germany,German,,,Cert A;Cert B,,,Resells.,,active,4.0,Ines
                R2,No Tier,Reseller,,EMEA,Germany,German,,,,,,Resells too.,,active,4.0,Ines
                R3,One Cert,Reseller,Silver,EMEA,Germany,German,,,Cert B,,,Resells as well.,,active,4.0,Ines
                """;
        static final String FACTS = "SELECT id || ' ' || COALESCE(tier, '-') || ' ' || certifications FROM partner ORDER BY id";

        AnnotationConfigApplicationContext context;
        JdbcTemplate jdbc;

        abstract DataSource dataSource();

        @BeforeAll
        void directory() {
            context = KnowledgeContext.withDirectory(dataSource(), PARTNERS);
            jdbc = context.getBean(JdbcTemplate.class);
        }

        @AfterAll
        void close() {
            context.close();
        }

        @Test
        void theRowSaysWhatItsFacetsSayAndTheCandidatesReadIt() throws Exception {
            assertThat(jdbc.queryForList(FACTS, String.class)).containsExactly("R1 Gold 2", "R2 - 0", "R3 Silver 1");
            assertThat(context.getBean(PartnerRepository.class).candidates(Map.of(), false, context.getBean(Vocabulary.class)))
                    .extracting(c -> c.id() + " " + c.tier() + " " + c.certifications())
                    .containsExactly("R1 Gold 2", "R2 null 0", "R3 Silver 1");

            // partners stored before the columns: V696 fills them as the writer does
            String migration;
            try (var in = getClass().getResourceAsStream("/db/migration/common/V696__partner_ranking_facts.sql")) {
                migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            jdbc.update("UPDATE partner SET tier = NULL, certifications = 0");
            jdbc.update(migration.substring(migration.indexOf("UPDATE partner"), migration.lastIndexOf(';')));
            assertThat(jdbc.queryForList(FACTS, String.class)).containsExactly("R1 Gold 2", "R2 - 0", "R3 Silver 1");
        }

        @Test
        void aRenamedTierAndMergedCertificationsAreOnTheRowsAtOnce() {
            PartnerDirectory directory = context.getBean(PartnerDirectory.class);
            var transactions = new org.springframework.transaction.support.TransactionTemplate(
                    context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            try {
                transactions.executeWithoutResult(s -> {
                    assertThat(directory.renameValues(Facet.TIER, "Gold", "Premier")).containsExactly("R1");
                    assertThat(directory.renameValues(Facet.CERTIFICATION, "Cert A", "Cert B")).containsExactly("R1");
                });
                assertThat(jdbc.queryForList(FACTS, String.class)).containsExactly("R1 Premier 1", "R2 - 0", "R3 Silver 1");
            } finally {
                transactions.executeWithoutResult(s -> directory.renameValues(Facet.TIER, "Premier", "Gold"));
                context.getBean(PartnerRepository.class).save(new Partner("R1", "Two Certs", "Resells.", null, true, 4.0,
                        Map.of(Facet.TYPE, List.of("Reseller"), Facet.TIER, List.of("Gold"), Facet.REGION, List.of("EMEA"),
                                Facet.COUNTRY, List.of("DE"), Facet.LANGUAGE, List.of("de"),
                                Facet.CERTIFICATION, List.of("Cert A", "Cert B")), Map.of()));
            }
            assertThat(jdbc.queryForList(FACTS, String.class)).containsExactly("R1 Gold 2", "R2 - 0", "R3 Silver 1");
        }
    }
}
