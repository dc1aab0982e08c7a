package com.consort.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which questions are about deals already done (answered from the CRM), and which ask who could do one. */
class AccountOverlapTest {

    @Test
    void overlapQuestionsNameTheirAccountOrSegmentAndSayWhetherTheyAskAboutDealsDone() {
        assertThat(AccountOverlap.asked("Who already works with Hagenbach Packaging?"))
                .contains(new AccountOverlap.Asked("Hagenbach Packaging", true));
        assertThat(AccountOverlap.asked("which partners have sold into our customer's industry in Austria?"))
                .contains(new AccountOverlap.Asked("our customer's industry in Austria", true));
        assertThat(AccountOverlap.asked("Who works with the account Linton Brewing Group"))
                .contains(new AccountOverlap.Asked("Linton Brewing Group", false));
        assertThat(AccountOverlap.asked("Which partners work with manufacturers in Germany?"))
                .contains(new AccountOverlap.Asked("manufacturers in Germany", false));
        assertThat(AccountOverlap.asked("Which partners in EMEA work with manufacturers?")).isEmpty();
        assertThat(AccountOverlap.asked("Who can run a PMO for a car-parts supplier?")).isEmpty();
        assertThat(AccountOverlap.asked("How long is a registered deal protected?")).isEmpty();
    }
}
