package com.consort.knowledge.internal.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.knowledge.Constraints;
import com.consort.knowledge.DealSize;
import com.consort.knowledge.Facet;
import com.consort.knowledge.OpportunityRepository;
import com.consort.knowledge.testing.TestStorage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deal size stated in a question narrows the track record to deals of about that size, in its currency. */
class DealSizeTest {

    @TempDir
    Path dir;

    @Test
    void aSizeIsAnAmountWithACurrencyOrAMagnitudeInAQuestionAboutDeals() {
        assertThat(DealSize.stated("Who can take a EUR 500k deal in Austria?")).contains(
                new DealSize(new BigDecimal("250000"), new BigDecimal("1000000"), "EUR"));
        assertThat(DealSize.stated("a project worth about 2 million dollars").orElseThrow())
                .satisfies(s -> assertThat(s.currency()).isEqualTo("USD"))
                .satisfies(s -> assertThat(s.min()).isEqualByComparingTo("1000000"));
        assertThat(DealSize.stated("deal size around 300k").orElseThrow().currency()).isNull();
        assertThat(DealSize.stated("ISO 27001 certified partner for a deal in Germany")).isEmpty();
        assertThat(DealSize.stated("3 partners with 500k employees")).isEmpty(); // no deal, project or budget named
    }

    @Test
    void bandsAreNamedAndAnUnknownOneIsRefused() {
        assertThat(DealSize.BANDS).containsKeys("under-50k", "50k-250k", "250k-1m", "1m-plus");
        assertThat(DealSize.bandOf(new BigDecimal("250000"))).isEqualTo("250k-1m");
        assertThat(DealSize.band("1M-plus").describe()).isEqualTo(" of 1 M and more");
        assertThatThrownBy(() -> DealSize.band("huge")).hasMessageContaining("Unknown deal size 'huge'");
    }

    @Test
    void theTrackRecordReasonCountsOnlyDealsOfAboutTheStatedSizeAndSaysSo() {
        var f = OpportunityImportTest.fixture(TestStorage.embedded(dir.resolve("h2")));
        OpportunityImportTest.importCsv(f.opportunities(), OpportunityImportTest.SALESFORCE);
        var manufacturingInAustria = new Constraints(Map.of(Facet.INDUSTRY, Set.of("Manufacturing"), Facet.COUNTRY, Set.of("AT")),
                List.of(), false);
        // in manufacturing in Austria P1 won 006A1 (EUR 1.2 M); 006A3's country was "Austira", kept as given
        var any = f.trackRecord().contributions("Manufacturing partner in Austria", manufacturingInAustria, List.of("P1")).get("P1");
        assertThat(any.reason().explanation()).startsWith("Won 1 deal in Manufacturing in Austria since").contains("EUR 1.2 M");
        var large = f.trackRecord().contributions("Manufacturing partner in Austria for a EUR 1M project", manufacturingInAustria,
                List.of("P1")).get("P1");
        assertThat(large.reason().explanation()).startsWith("Won 1 deal in Manufacturing in Austria in deals of EUR 500 k to 2 M since")
                .contains("EUR 1.2 M");
        assertThat(large.boost()).isEqualTo(any.boost());
        assertThat(large.evidence().get(0).locator()).contains("minAmount=500000").contains("maxAmount=2000000").contains("currency=EUR");
        var small = f.trackRecord().contributions("a EUR 100k deal in manufacturing in Austria", manufacturingInAustria,
                List.of("P1")).get("P1");
        assertThat(small.reason().explanation()).startsWith("No recorded deals in Manufacturing in Austria in deals of EUR 50 k to 200 k");
        assertThat(small.boost()).isZero();
        var dollars = f.trackRecord().contributions("a USD 1M deal in manufacturing in Austria", manufacturingInAustria,
                List.of("P1")).get("P1");
        assertThat(dollars.reason().explanation()).startsWith("No recorded deals in Manufacturing in Austria in deals of USD");
    }

    @Test
    void aCreatedDateGivesTheTimeToCloseAndOneAfterTheCloseIsAWarning() {
        var f = OpportunityImportTest.fixture(TestStorage.embedded(dir.resolve("h2-created")));
        var report = OpportunityImportTest.importCsv(f.opportunities(), """
                Opportunity ID,Account Name,Created Date,Close Date,Stage,Partner Account,Partner Role,Amount,Currency
                C1,Alpha,2026-01-01,2026-03-02,Closed Won,P1,Sourced,100,EUR
                C2,Beta,2026-05-01,2026-04-01,Closed Won,P1,Sourced,100,EUR
                """);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("after the Close Date"));
        assertThat(f.repository().medianDaysToClose(OpportunityRepository.Filter.ALL)).containsEntry("P1", 60.0);
    }
}
