package com.consort.knowledge.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.Constraints;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Taxonomy;
import com.consort.knowledge.Vocabulary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Questions are read onto the values of this deployment's directory, whatever vendor it is. */
class DirectoryTaxonomyTest {

    static final Map<Facet, Set<String>> SECURITY_VENDOR = Map.of(
            Facet.INDUSTRY, Set.of("Banking & Insurance", "Healthcare & Pharma", "Retail & Consumer", "Government & Defence", "Energy"),
            Facet.TYPE, Set.of("Regional Aggregator", "Managed Security Provider"),
            Facet.TIER, Set.of("Premier", "Select", "Member"),
            Facet.COUNTRY, Set.of("LU", "US", "DE", "KE"),
            Facet.TEMPLATE, Set.of("PCI DSS Evidence Pack", "Hospital Downtime Drill", "Retail Store Segmentation Blueprint"));

    static final Map<Facet, Set<String>> OTHER_VENDOR = Map.of(Facet.INDUSTRY, Set.of("Insurance", "Financial Services"));

    private static Constraints read(Map<Facet, Set<String>> directory, String question) {
        return new QueryUnderstanding(Vocabulary.standard(), () -> directory).understand(question);
    }

    @Test
    void aGeneralWordPointsOnlyAtAValueTheDirectoryHas() {
        assertThat(read(SECURITY_VENDOR, "a life insurance company in Luxembourg").byFacet())
                .containsEntry(Facet.INDUSTRY, Set.of("Banking & Insurance")).containsEntry(Facet.COUNTRY, Set.of("LU"));
        assertThat(read(OTHER_VENDOR, "a life insurance company").byFacet()).containsEntry(Facet.INDUSTRY, Set.of("Insurance"));
        assertThat(read(SECURITY_VENDOR, "a credit union").byFacet()).containsEntry(Facet.INDUSTRY, Set.of("Banking & Insurance"));
        assertThat(read(SECURITY_VENDOR, "a grocery chain in the US").byFacet()).containsEntry(Facet.INDUSTRY, Set.of("Retail & Consumer"));
        assertThat(read(SECURITY_VENDOR, "a ministry in Germany").byFacet()).containsEntry(Facet.INDUSTRY, Set.of("Government & Defence"));
        assertThat(read(SECURITY_VENDOR, "distributors in Kenya").byFacet()).containsEntry(Facet.TYPE, Set.of("Regional Aggregator"));
        // a concept the directory does not use is no constraint at all
        assertThat(read(SECURITY_VENDOR, "a hotel chain").byFacet()).doesNotContainKey(Facet.INDUSTRY);
    }

    /** A directory of descriptions only, as the CNCF's partner list: companies with a programme and their own words. */
    static final Map<Facet, Set<String>> DESCRIPTIONS_ONLY = Map.of(Facet.CERTIFICATION, Set.of("Kubernetes Certified Service Provider"));

    @Test
    void aFacetNoPartnerHasIsNoConstraintButTextToSearch() {
        Constraints read = read(DESCRIPTIONS_ONLY, "a partner in Germany that speaks Portuguese and serves banks");
        assertThat(read.byFacet()).isEmpty();
        assertThat(read.mentions()).isEmpty();
        // where partners do have countries, the same words are the constraint
        assertThat(read(SECURITY_VENDOR, "a partner in Germany").byFacet()).containsEntry(Facet.COUNTRY, Set.of("DE"));
    }

    @Test
    void theReadingNamesTheWordsItCameFrom() {
        Constraints read = read(SECURITY_VENDOR, "Who can help an insurer?");
        assertThat(read.mentions()).containsExactly(new Constraints.Mention(Facet.INDUSTRY, "Banking & Insurance", "insurer"));
    }

    @Test
    void aTemplatesTopicIsATemplateNotAnIndustry() {
        Constraints drill = read(SECURITY_VENDOR, "a partner in EMEA with a ready-made hospital downtime exercise");
        assertThat(drill.byFacet()).containsEntry(Facet.TEMPLATE, Set.of("Hospital Downtime Drill")).doesNotContainKey(Facet.INDUSTRY);
        assertThat(read(SECURITY_VENDOR, "a blueprint for segmenting retail store networks").byFacet())
                .containsEntry(Facet.TEMPLATE, Set.of("Retail Store Segmentation Blueprint")).doesNotContainKey(Facet.INDUSTRY);
        // no partner publishes it: a constraint nobody meets, so the answer says "no such template"
        Constraints hotel = read(SECURITY_VENDOR, "a template for running hotel renovations");
        assertThat(hotel.byFacet().get(Facet.TEMPLATE)).containsExactly("running hotel renovations");
    }

    @Test
    void tierOrderComesFromTheVendorOrTheCommonLadder() {
        assertThat(read(SECURITY_VENDOR, "Select or better").byFacet()).containsEntry(Facet.TIER, Set.of("Premier", "Select"));
        Vocabulary vocabulary = Vocabulary.standard();
        vocabulary.useVendor(new Taxonomy(Map.of(), List.of("Member", "Select", "Premier")));
        assertThat(new QueryUnderstanding(vocabulary, () -> SECURITY_VENDOR).understand("Select or better").byFacet())
                .containsEntry(Facet.TIER, Set.of("Member", "Select"));
    }
}
