package com.consort.knowledge.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.Facet;
import com.consort.knowledge.Vocabulary;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryUnderstandingTest {

    private static final Map<Facet, Set<String>> KNOWN = Map.of(
            Facet.COUNTRY, Set.of("DE", "AT", "CH", "FR", "GB", "US", "JP"),
            Facet.LANGUAGE, Set.of("de", "fr", "en", "ja", "pt"),
            Facet.REGION, Set.of("EMEA", "DACH"),
            Facet.TYPE, Set.of("Reseller", "System Integrator", "Global System Integrator"),
            Facet.TIER, Set.of("Platinum", "Gold", "Silver", "Registered"),
            Facet.INDUSTRY, Set.of("Automotive", "Manufacturing", "Healthcare", "Financial Services"),
            Facet.SPECIALIZATION, Set.of("PMO Center of Excellence", "Workflow Automation"),
            Facet.CERTIFICATION, Set.of("Orbitly Solution Architect"),
            Facet.INTEGRATION, Set.of("Jira", "SAP S/4HANA"),
            Facet.TEMPLATE, Set.of("Capital Projects Tracker"));

    private final QueryUnderstanding understanding = new QueryUnderstanding(Vocabulary.withVendorResource("/demo/vocabulary.yaml"), () -> KNOWN);

    private Map<Facet, Set<String>> constraints(String question) {
        return understanding.understand(question).byFacet();
    }

    @Test
    void theGlossaryGivesTheOtherNamesOfAProgrammeTermInEitherDirection() {
        Vocabulary vocabulary = Vocabulary.withVendorResource("/demo/vocabulary.yaml");

        assertThat(vocabulary.otherNames("How do I claim market development funds?")).contains("MDF").doesNotContain("market development funds");
        assertThat(vocabulary.otherNames("Is MDF paid for webinars?")).contains("market development funds");
        assertThat(vocabulary.otherNames("Who can run a PMO rollout?")).isEmpty();
    }

    @Test
    void readsTheSellersExampleQuestion() {
        assertThat(constraints("Who can run a PMO rollout for a German car-parts maker?")).isEqualTo(Map.of(
                Facet.SPECIALIZATION, Set.of("PMO Center of Excellence"),
                Facet.COUNTRY, Set.of("DE"),
                Facet.INDUSTRY, Set.of("Automotive")));
    }

    @Test
    void germanIsALanguageWhenSpokenAndACountryWhenItDescribesTheCustomer() {
        assertThat(constraints("German-speaking partner with PMO expertise in EMEA")).isEqualTo(Map.of(
                Facet.LANGUAGE, Set.of("de"), Facet.SPECIALIZATION, Set.of("PMO Center of Excellence"),
                Facet.REGION, Set.of("EMEA")));
        assertThat(constraints("a partner that speaks French")).isEqualTo(Map.of(Facet.LANGUAGE, Set.of("fr")));
        assertThat(constraints("support in Deutsch")).isEqualTo(Map.of(Facet.LANGUAGE, Set.of("de")));
        assertThat(constraints("a German bank")).isEqualTo(Map.of(Facet.COUNTRY, Set.of("DE"), Facet.INDUSTRY,
                Set.of("Financial Services")));
    }

    @Test
    void understandsTypesTiersAndIntegrationsByTheirEverydayNames() {
        assertThat(constraints("an SI in DACH with a Jira connector")).isEqualTo(Map.of(
                Facet.TYPE, Set.of("System Integrator"), Facet.REGION, Set.of("DACH"), Facet.INTEGRATION, Set.of("Jira")));
        assertThat(constraints("a GSI with certified solution architects")).isEqualTo(Map.of(
                Facet.TYPE, Set.of("Global System Integrator"), Facet.CERTIFICATION, Set.of("Orbitly Solution Architect")));
        // the vendor's word for a value is that value only, though a general word also fits a longer one (Global System Integrator)
        assertThat(constraints("a Spanish-speaking systems integrator")).isEqualTo(Map.of(
                Facet.TYPE, Set.of("System Integrator"), Facet.LANGUAGE, Set.of("es")));
        assertThat(constraints("Gold or better reseller for hospitals")).isEqualTo(Map.of(
                Facet.TIER, Set.of("Platinum", "Gold"), Facet.TYPE, Set.of("Reseller"), Facet.INDUSTRY, Set.of("Healthcare")));
        assertThat(constraints("a Platinum partner with an SAP integration in the UK")).isEqualTo(Map.of(
                Facet.TIER, Set.of("Platinum"), Facet.INTEGRATION, Set.of("SAP S/4HANA"), Facet.COUNTRY, Set.of("GB")));
    }

    @Test
    void placesNoPartnerCoversStayConstraintsSoTheAnswerIsAnHonestNoMatch() {
        // no partner operates in Spain or Iceland, but the seller asked for it: the constraint must not vanish
        assertThat(constraints("workflow automation for car makers in Spain with Jira")).isEqualTo(Map.of(
                Facet.SPECIALIZATION, Set.of("Workflow Automation"), Facet.INDUSTRY, Set.of("Automotive"),
                Facet.COUNTRY, Set.of("ES"), Facet.INTEGRATION, Set.of("Jira")));
        assertThat(constraints("a partner in Iceland who speaks Finnish")).isEqualTo(Map.of(
                Facet.COUNTRY, Set.of("IS"), Facet.LANGUAGE, Set.of("fi")));
        assertThat(constraints("partners in Polska or België")).isEqualTo(Map.of(Facet.COUNTRY, Set.of("PL", "BE")));
        assertThat(constraints("a partner in 日本 speaking 日本語")).isEqualTo(Map.of(Facet.COUNTRY, Set.of("JP"),
                Facet.LANGUAGE, Set.of("ja")));
    }

    @Test
    void tiersOrBetterAndCaseStudyIndustries() {
        assertThat(constraints("SIs in LATAM that work with banks, Silver tier or higher")).isEqualTo(Map.of(
                Facet.TYPE, Set.of("System Integrator"), Facet.REGION, Set.of("LATAM"),
                Facet.INDUSTRY, Set.of("Financial Services"), Facet.TIER, Set.of("Platinum", "Gold", "Silver")));
        assertThat(constraints("at least Gold")).isEqualTo(Map.of(Facet.TIER, Set.of("Platinum", "Gold")));
        assertThat(constraints("which of those has an automotive case study?")).isEqualTo(Map.of(
                Facet.CASE_STUDY_INDUSTRY, Set.of("Automotive")));
        assertThat(constraints("only the ones with a published healthcare customer story")).isEqualTo(Map.of(
                Facet.CASE_STUDY_INDUSTRY, Set.of("Healthcare")));
    }

    @Test
    void inactivePartnersOnlyWhenAskedFor() {
        assertThat(understanding.understand("resellers in Japan").includeInactive()).isFalse();
        assertThat(understanding.understand("resellers in Japan including inactive ones").includeInactive()).isTrue();
    }

    @Test
    void blankQuestionsHaveNoConstraints() {
        assertThat(understanding.understand("  ").isEmpty()).isTrue();
        assertThat(understanding.understand(null).isEmpty()).isTrue();
    }
}
