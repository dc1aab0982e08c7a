package com.consort.knowledge.internal.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.knowledge.Constraints;
import com.consort.knowledge.Facet;
import com.consort.knowledge.ImportFormat;
import com.consort.knowledge.ImportReport;
import com.consort.knowledge.InvalidImportFileException;
import com.consort.knowledge.Opportunities;
import com.consort.knowledge.Opportunity;
import com.consort.knowledge.OpportunityRepository;
import com.consort.knowledge.Outcome;
import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.PartnerRole;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.TrackRecord;
import com.consort.knowledge.TrackRecordSettings;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.internal.partner.PartnerImporter;
import com.consort.knowledge.testing.TestStorage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** A CRM export imports with its warnings and rejects, idempotently, and becomes track-record reasons; H2 and PostgreSQL. */
class OpportunityImportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    static final String SALESFORCE = """
            Opportunity ID,Account Name,Industry,Billing Country,Amount,Currency,Close Date,Stage,Won,Partner Account,Partner Role
            006A1,Hagenbach Packaging GmbH,Manufacturing,Austria,"1,200,000.00",EUR,2026-03-31,Closed Won,true,Alpen Consulting,Deal Registration
            006A2,Hagenbach Packaging GmbH,Manufacturing,Austria,80000,EUR,2026-05-15,Closed Won,true,P2,Reseller
            006A3,Linz Steel AG,Manufacturing,Austira,300000,EUR,3/31/2026,Closed Won,true,P1,Sourced
            006A4,Graz Foods,Retail,AT,50000,EUR,2027-01-31,Negotiation,false,P1,Influenced
            006A5,Old Deal,Manufacturing,AT,10000,EUR,2020-01-01,Closed Won,true,P1,Sourced
            006A6,Direct Co,Manufacturing,AT,10000,EUR,2026-01-01,Closed Won,true,,
            006A7,Nobody Inc,Manufacturing,AT,10000,EUR,2026-01-01,Closed Won,true,Unknown Partner,Sourced
            006A8,Bad Amount,Manufacturing,AT,lots,EUR,2026-01-01,Closed Won,true,P1,Sourced
            006A9,No Currency,Manufacturing,AT,100,,2026-01-01,Closed Won,true,P1,Sourced
            006B1,Odd Role,Manufacturing,AT,100,EUR,2026-01-01,Closed Won,true,P1,Sponsor
            006A1,Hagenbach Packaging GmbH,Manufacturing,Austria,1,EUR,2026-03-31,Closed Won,true,P1,Sourced
            006B2,Lost Co,Manufacturing,DE,100,USD,2026-02-01,Closed Lost,false,P1,Sourced
            """;

    @TempDir
    static Path dir;

    static final java.util.concurrent.atomic.AtomicInteger DATABASES = new java.util.concurrent.atomic.AtomicInteger();

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestStorage.embedded(dir.resolve("h2-" + DATABASES.incrementAndGet()))), Arguments.of("PostgreSQL", TestStorage.postgres()));
    }

    record Fixture(Opportunities opportunities, TrackRecord trackRecord, OpportunityRepository repository) {
    }

    static Fixture fixture(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        var partners = new PartnerRepository(jdbc, JsonMapper.builder().build());
        partners.save(partner("P1", "Alpen Consulting"));
        partners.save(partner("P2", "Donau Resellers"));
        partners.save(partner("P3", "Brand New Partner"));
        var repository = new OpportunityRepository(jdbc);
        var trackRecord = new TrackRecord(repository, Vocabulary.standard(), TrackRecordSettings.DEFAULTS, CLOCK);
        return new Fixture(new Opportunities(repository, partners, new OpportunityFileReader(Vocabulary.standard()), trackRecord,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource))), trackRecord, repository);
    }

    static Partner partner(String id, String name) {
        return new Partner(id, name, null, null, true, null, Map.of(Facet.COUNTRY, List.of("AT")), Map.of());
    }

    static ImportReport importCsv(Opportunities opportunities, String csv) {
        return opportunities.importFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportFormat.CSV, Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSalesforceExportImportsWithReasonsForEveryRejectAndAgainChangesNothing(String name, DataSource dataSource) {
        Fixture f = fixture(dataSource);
        ImportReport first = importCsv(f.opportunities(), SALESFORCE);

        assertThat(first.imported()).isEqualTo(6); // A1 (P1 by name), A2, A3, A4, A5, B2
        assertThat(first.rejected()).extracting(ImportReport.RejectedRow::id, ImportReport.RejectedRow::line)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("006A6", 7L),
                        org.assertj.core.groups.Tuple.tuple("006A7", 8L), org.assertj.core.groups.Tuple.tuple("006A8", 9L),
                        org.assertj.core.groups.Tuple.tuple("006A9", 10L), org.assertj.core.groups.Tuple.tuple("006B1", 11L),
                        org.assertj.core.groups.Tuple.tuple("006A1", 12L));
        assertThat(first.rejected()).extracting(ImportReport.RejectedRow::reason).anyMatch(r -> r.contains("direct deal"))
                .anyMatch(r -> r.contains("'Unknown Partner' is not in the partner directory"))
                .anyMatch(r -> r.contains("Amount must be a number"))
                .anyMatch(r -> r.contains("has no Currency"))
                .anyMatch(r -> r.contains("'Sponsor' is none of sourced, transacted, influenced or assisted"))
                .anyMatch(r -> r.contains("already on line 2"));
        assertThat(first.warnings()).extracting(ImportReport.Warning::message)
                .singleElement().asString().startsWith("Billing Country 'Austira': kept as given;");

        var all = f.opportunities().find(OpportunityRepository.Filter.ALL, 0, 100);
        var a1 = all.stream().filter(o -> o.id().equals("006A1")).findFirst().orElseThrow();
        assertThat(a1.partnerId()).isEqualTo("P1");
        assertThat(a1.role()).isEqualTo(PartnerRole.SOURCED);
        assertThat(a1.country()).isEqualTo("AT");
        assertThat(a1.amount()).isEqualByComparingTo(new BigDecimal("1200000"));
        assertThat(a1.currency()).isEqualTo("EUR");
        assertThat(a1.outcome()).isEqualTo(Outcome.WON);
        assertThat(all).filteredOn(o -> o.id().equals("006A2")).extracting(Opportunity::role).containsExactly(PartnerRole.TRANSACTED);
        assertThat(all).filteredOn(o -> o.id().equals("006A3")).extracting(Opportunity::closeDate).containsExactly(LocalDate.of(2026, 3, 31));
        assertThat(all).filteredOn(o -> o.id().equals("006A4")).extracting(Opportunity::outcome).containsExactly(Outcome.OPEN);
        assertThat(all).filteredOn(o -> o.id().equals("006B2")).extracting(Opportunity::outcome, Opportunity::currency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.LOST, "USD"));

        ImportReport again = importCsv(f.opportunities(), SALESFORCE);
        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isEqualTo(6);
        assertThat(f.opportunities().count(OpportunityRepository.Filter.ALL)).isEqualTo(6);

        // who already works with the account: with or without the legal suffix
        assertThat(f.opportunities().find(new OpportunityRepository.Filter(null, "Hagenbach Packaging", null, null, null, null), 0, 10))
                .extracting(Opportunity::partnerId).containsExactlyInAnyOrder("P1", "P2");
        assertThat(f.opportunities().find(new OpportunityRepository.Filter("P2", "hagenbach packaging gmbh", null, null, null, null), 0, 10))
                .extracting(Opportunity::id).containsExactly("006A2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void trackRecordIsAReasonWithNumbersAndACitationAndABoundedBoost(String name, DataSource dataSource) {
        Fixture f = fixture(dataSource);
        importCsv(f.opportunities(), SALESFORCE);
        Constraints manufacturingInAustria = new Constraints(Map.of(Facet.INDUSTRY, Set.of("Manufacturing"),
                Facet.COUNTRY, Set.of("AT")), List.of(), false);

        Map<String, PartnerSearch.Contribution> c = f.trackRecord().contributions(manufacturingInAustria, List.of("P1", "P2", "P3"));

        // P1: 006A1 (sourced, EUR 1.2 M) in the segment; A3 is in "Austira", A5 too old, B2 in Germany, A4 in Retail
        assertThat(c.get("P1").reason().explanation())
                .isEqualTo("Won 1 deal in Manufacturing in Austria since 2024-12 (1 sourced), EUR 1.2 M; track record adds +0.02 to the score");
        assertThat(c.get("P1").boost()).isEqualTo(0.02);
        assertThat(c.get("P1").evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("opportunities");
            assertThat(e.snippet()).isEqualTo("006A1 Hagenbach Packaging GmbH, won 2026-03-31, sourced, EUR 1200000");
            assertThat(e.locator()).isEqualTo("/api/opportunities?partnerId=P1&industries=Manufacturing&countries=AT&since=2024-12-01");
        });
        assertThat(c.get("P2").boost()).isEqualTo(0.015); // a transacted deal weighs 0.75 of a sourced one
        // a partner without deals is said to be new, and gets no boost: no penalty beyond others' bounded boosts
        assertThat(c.get("P3").boost()).isZero();
        assertThat(c.get("P3").reason().explanation()).startsWith("New partner: no recorded deals yet");
        assertThat(c.get("P3").evidence()).isEmpty();

        // no segment named: every deal of the window counts; the boost never exceeds the configured maximum
        var anyWhere = f.trackRecord().contributions(Constraints.NONE, List.of("P1"));
        assertThat(anyWhere.get("P1").reason().explanation()).startsWith("Won 2 deals since 2024-12 (2 sourced)")
                .contains("EUR 1.5 M").contains("1 open (EUR 50 k)").contains("1 lost");
        assertThat(anyWhere.get("P1").boost()).isEqualTo(0.04);
        // full boost at three weighted won deals, and never more
        var bounded = new TrackRecord(f.repository(), Vocabulary.standard(), new TrackRecordSettings(0.05, 24, 1, Map.of(), Map.of(), null), CLOCK);
        assertThat(bounded.contributions(Constraints.NONE, List.of("P1")).get("P1").boost()).isEqualTo(0.05);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aHubSpotExportInJsonLinesWithItsOwnColumnNamesImportsThroughAMapping(String name, DataSource dataSource) {
        Fixture f = fixture(dataSource);
        String jsonl = """
                {"Record ID":"H-1","Associated Company":"Hagenbach Packaging","Deal Stage":"closedwon","Amount":"25000","Deal Currency Code":"chf","Close Date":"2026-06-30 00:00","Reseller Name":"Donau Resellers","Partner Role":"co-sell"}
                {"Record ID":"H-2","Associated Company":"Somewhere","Deal Stage":"appointmentscheduled","Close Date":"2026-07-30","Reseller Name":"P1","Partner Role":"Services"}
                not json
                """;
        ImportReport report = f.opportunities().importFile(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                ImportFormat.JSONL, Map.of("partner", "Reseller Name"));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(3L);
        var deals = f.opportunities().find(OpportunityRepository.Filter.ALL, 0, 10);
        assertThat(deals).extracting(Opportunity::id, Opportunity::partnerId, Opportunity::role, Opportunity::outcome, Opportunity::currency)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("H-1", "P2", PartnerRole.INFLUENCED, Outcome.WON, "CHF"),
                        org.assertj.core.groups.Tuple.tuple("H-2", "P1", PartnerRole.ASSISTED, Outcome.OPEN, null));
    }

    @org.junit.jupiter.api.Test
    void aFileWithoutTheColumnsItNeedsIsRefusedAsAWholeAndAnUnknownMappingFieldToo() {
        var importer = new OpportunityImporter(Vocabulary.standard(), s -> java.util.Optional.of("P1"), null);
        assertThatThrownBy(() -> importer.parse(new ByteArrayInputStream("Name,Amount\nx,1\n".getBytes(StandardCharsets.UTF_8)),
                ImportFormat.CSV, OpportunityColumns.DEFAULT))
                .isInstanceOf(InvalidImportFileException.class).hasMessageContaining("No column for id, partner, closeDate");
        assertThatThrownBy(() -> OpportunityColumns.DEFAULT.with(Map.of("colour", "Colour")))
                .hasMessageContaining("Unknown field 'colour'");
        assertThat(OpportunityImporter.amount("1.200.000,50")).isEqualByComparingTo("1200000.50");
        assertThat(OpportunityImporter.amount("$1,200")).isEqualByComparingTo("1200");
        assertThat(OpportunityImporter.amount("1200,5")).isEqualByComparingTo("1200.5");
    }

    /** The demo's CRM history is consistent with its directory: every row names a demo partner and imports. */
    @org.junit.jupiter.api.Test
    void theDemoOpportunityHistoryImportsWholeOverTheDemoDirectory() throws Exception {
        DataSource dataSource = TestStorage.embedded(dir.resolve("demo"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        var partners = new PartnerRepository(jdbc, JsonMapper.builder().build());
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/partners.csv")) {
            new PartnerImporter(Vocabulary.standard()).parse(in, ImportFormat.CSV).partners().forEach(partners::save);
        }
        var repository = new OpportunityRepository(jdbc);
        var trackRecord = new TrackRecord(repository, Vocabulary.standard(), TrackRecordSettings.DEFAULTS, CLOCK);
        var opportunities = new Opportunities(repository, partners, new OpportunityFileReader(Vocabulary.standard()), trackRecord,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        ImportReport report;
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/opportunities.csv")) {
            report = opportunities.importFile(in, ImportFormat.CSV, Map.of());
        }
        assertThat(report.rejected()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.imported()).isGreaterThan(2000);
        // a customer story is a won deal of the partner it credits
        assertThat(opportunities.find(new OpportunityRepository.Filter(null, "Hagenbach Packaging", null, null, null, null), 0, 10))
                .extracting(Opportunity::partnerId, Opportunity::outcome).containsExactly(org.assertj.core.groups.Tuple.tuple("P0047", Outcome.WON));
    }
}
