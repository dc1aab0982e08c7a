package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    final OrganisationNames given = new OrganisationNames(List.of(
            "{\"name\":\"Timberline Works Corp.\",\"snippet\":\"In 2023 Linton Brewing Group Ltd moved its plants to Orbitly.\"}",
            "Headquartered in Munich, Germany, Nordwind IT-Beratung GmbH is a consultancy."));

    @Test
    void aCompanyNameByLegalFormThatWasNeverGivenIsFound() {
        assertThat(given.firstUnknownIn("Ask Timberline Works Corp. or Zyx Fake Partners GmbH [1]."))
                .contains("Zyx Fake Partners GmbH");
        assertThat(given.firstUnknownIn("Grupo Andino S.A. de C.V. did it first.")).contains("Grupo Andino S.A.");
    }

    @Test
    void namesItWasGivenPassWhetherShortenedOrAfterASentencesFirstWord() {
        assertThat(given.firstUnknownIn("Timberline Works Corp. fits. Call Timberline Works Corp. today.")).isEmpty();
        assertThat(given.firstUnknownIn("Nordwind IT-Beratung GmbH helped Linton Brewing Group Ltd; "
                + "Brewing Group Ltd saw 36% less downtime.")).isEmpty();
    }

    @Test
    void aKnownNameDoesNotCoverAnInventedOneThatEndsTheSameWay() {
        assertThat(given.firstUnknownIn("Acme Big Timberline Works Corp. fits.")).contains("Acme Big Timberline Works Corp.");
    }

    @Test
    void ordinaryWordsAreNotCompanyNames() {
        assertThat(given.firstUnknownIn("Partners in EMEA with Microsoft Teams, SAP S/4HANA and AB testing; "
                + "the company co-sells. Inc. is not a name on its own.")).isEmpty();
    }
}
