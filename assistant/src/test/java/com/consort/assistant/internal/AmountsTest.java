package com.consort.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void aQuestionsAmountIsReadWithItsScaleAndBound() {
        assertThat(Amounts.stated("protected when it's worth more than half a million dollars?").getAsDouble())
                .isGreaterThan(500_000).isLessThan(500_001);
        assertThat(Amounts.stated("a deal under USD 50k").getAsDouble()).isLessThan(50_000).isGreaterThan(49_999);
        assertThat(Amounts.stated("a $1.2 million renewal").getAsDouble()).isEqualTo(1_200_000);
        assertThat(Amounts.stated("a 3 year subscription for 12 users")).isEmpty();
    }

    @Test
    void aRowLabelBoundsARange() {
        double overHalfAMillion = Amounts.stated("more than half a million dollars").getAsDouble();
        assertThat(Amounts.range("Over USD 500,000").holds(overHalfAMillion)).isTrue();
        assertThat(Amounts.range("USD 50,000 to 500,000").holds(overHalfAMillion)).isFalse();
        assertThat(Amounts.range("USD 50,000 to 500,000").holds(500_000)).isTrue();
        assertThat(Amounts.range("Under USD 50,000").holds(overHalfAMillion)).isFalse();
        assertThat(Amounts.range("90 days")).isNull();
        assertThat(Amounts.range("USD 2,500")).isNull();
    }
}
