package com.consort.knowledge.internal.track;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.ExposureLog;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Recommendations recorded and read back per partner, with the deals registered afterwards; H2 and PostgreSQL. */
class ExposureLogTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", TestStorage.embedded(dir.resolve("h2-exposure"))), Arguments.of("PostgreSQL", TestStorage.postgres()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void perPartnerItCountsRecommendationsBestFitsFirstPlacesAndTheDealsThatFollowed(String name, DataSource dataSource) {
        var fixture = OpportunityImportTest.fixture(dataSource);
        new JdbcTemplate(dataSource).update("DELETE FROM recommendation");
        var log = new ExposureLog(new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        Instant day = Instant.parse("2026-03-01T10:00:00Z");
        // P1 and P2 fit equally well (both best fits) but P1 is always shown first: habit, which the figures show
        for (int i = 0; i < 3; i++) {
            log.record(new ExposureLog.Recommendation(day, ExposureLog.hash("Who audits wombats?"), "Who audits wombats?",
                    "key:seller", "SELLER", "chat", List.of(new ExposureLog.Shown("P1", 1, 0.5, true),
                            new ExposureLog.Shown("P2", 2, 0.499, true), new ExposureLog.Shown("P3", 3, 0.3, false))));
        }
        log.record(new ExposureLog.Recommendation(day.minusSeconds(86_400 * 400), "h", null, "key:old", "SELLER", "api",
                List.of(new ExposureLog.Shown("P3", 1, null, true)))); // before the range
        log.record(new ExposureLog.Recommendation(day, "h", null, "key:x", "SELLER", "api", List.of())); // nothing shown: not one
        // P1's deals: 006A1 (2026-03-31, sourced) and 006A3 (2026-03-31, sourced) close after; 006A5 (2020) before
        OpportunityImportTest.importCsv(fixture.opportunities(), OpportunityImportTest.SALESFORCE);

        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate until = LocalDate.of(2026, 12, 31);
        assertThat(log.count(from, until)).isEqualTo(3);
        var figures = log.figures(from, until, Map.of("P1", "Alpen Consulting"));
        assertThat(figures).extracting(ExposureLog.Figures::partnerId).containsExactly("P1", "P2", "P3");
        var p1 = figures.get(0);
        assertThat(p1.name()).isEqualTo("Alpen Consulting");
        assertThat(List.of(p1.recommended(), p1.first(), p1.bestFit())).containsExactly(3, 3, 3);
        assertThat(p1.firstRecommended()).isEqualTo(LocalDate.of(2026, 3, 1));
        // 006A1, 006A3 (sourced, March), 006A4 (influenced, open, expected 2027: after the range's end, not counted)
        assertThat(p1.laterDeals()).isEqualTo(2);
        assertThat(p1.laterSourced()).isEqualTo(2);
        var p2 = figures.get(1);
        assertThat(List.of(p2.recommended(), p2.first(), p2.bestFit())).containsExactly(3, 0, 3);
        assertThat(p2.averageRank()).isEqualTo(2.0);
        assertThat(p2.laterDeals()).isEqualTo(1); // 006A2, May, transacted
        assertThat(p2.laterSourced()).isZero();
        assertThat(figures.get(2).bestFit()).isZero();
        assertThat(ExposureLog.hash(" who AUDITS  wombats? ")).isEqualTo(ExposureLog.hash("Who audits wombats?"));
    }
}
