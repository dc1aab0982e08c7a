package com.consort.server.track;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A CSV cell never becomes a formula in a spreadsheet, and stays one cell. */
class DealsCsvTest {

    @Test
    void cellsThatWouldBeFormulasAreNeutralisedAndQuoted() {
        assertThat(DealsPage.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(DealsPage.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(DealsPage.cell("-2")).isEqualTo("\"'-2\"");
        assertThat(DealsPage.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(DealsPage.cell("Acme, Inc.")).isEqualTo("\"Acme, Inc.\"");
        assertThat(DealsPage.cell("EUR 1200; USD 5")).isEqualTo("EUR 1200; USD 5");
        assertThat(DealsPage.cell("0.5")).isEqualTo("0.5");
    }
}
