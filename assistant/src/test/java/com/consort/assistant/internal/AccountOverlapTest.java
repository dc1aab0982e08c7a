package com.consort.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which questions are about deals already done (answered from the CRM), and which ask who could do one. */
class AccountOverlapTest {

    @Test
    void overlapQuestionsNameTheirAccountOrSegmentAndSayWhetherTheyAskAboutDealsDone() {
        assertThat(CrmAccountOverlap.asked("Who already works with Hagenbach Packaging?"))
                .contains(new CrmAccountOverlap.Asked("Hagenbach Packaging", true));
        assertThat(CrmAccountOverlap.asked("which partners have sold into our customer's industry in Austria?"))
                .contains(new CrmAccountOverlap.Asked("our customer's industry in Austria", true));
        assertThat(CrmAccountOverlap.asked("Who works with the account Linton Brewing Group"))
                .contains(new CrmAccountOverlap.Asked("Linton Brewing Group", false));
        assertThat(CrmAccountOverlap.asked("Which partners work with manufacturers in Germany?"))
                .contains(new CrmAccountOverlap.Asked("manufacturers in Germany", false));
        assertThat(CrmAccountOverlap.asked("Which partners in EMEA work with manufacturers?")).isEmpty();
        assertThat(CrmAccountOverlap.asked("Who can run a PMO for a car-parts supplier?")).isEmpty();
        assertThat(CrmAccountOverlap.asked("How long is a registered deal protected?")).isEmpty();
    }
}
