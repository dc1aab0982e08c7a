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
        // the place and the language are still asked for, of the partners' own words (PlacesInWordsTest); "banks" is text
        assertThat(read.mentions()).containsExactly(
                new Constraints.Mention(Facet.COUNTRY, "DE", "germany", Constraints.UNRECORDED),
                new Constraints.Mention(Facet.LANGUAGE, "pt", "portuguese", Constraints.UNRECORDED));
        // where partners do have countries, the same words are the constraint
        assertThat(read(SECURITY_VENDOR, "a partner in Germany").byFacet()).containsEntry(Facet.COUNTRY, Set.of("DE"));
    }

    /** The CNCF's list files one company's "Kubernetes Training Partner" as its type and 48 companies' as a certification. */
    static final Map<Facet, Map<String, Integer>> TRAINING_HOLDERS = Map.of(
            Facet.TYPE, Map.of("Kubernetes Certified Service Provider", 177, "Kubernetes Training Partner", 1),
            Facet.CERTIFICATION, Map.of("Kubernetes Certified Service Provider", 177, "Kubernetes Training Partner", 48));

    @Test
    void aValueOfTwoFacetsIsReadAsTheFacetMorePartnersHoldItIn() {
        Map<Facet, Set<String>> directory = Map.of(
                Facet.TYPE, TRAINING_HOLDERS.get(Facet.TYPE).keySet(),
                Facet.CERTIFICATION, TRAINING_HOLDERS.get(Facet.CERTIFICATION).keySet());
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        QueryUnderstanding understanding = new QueryUnderstanding(Vocabulary.standard(), () -> directory, (facet, value) -> {
            asked.incrementAndGet();
            return TRAINING_HOLDERS.get(facet).getOrDefault(value, 0);
        }, null);

        assertThat(understanding.understand("Kubernetes Training Partner for a team in Japan?").byFacet())
                .isEqualTo(Map.of(Facet.CERTIFICATION, Set.of("Kubernetes Training Partner")));
        // as many holders either way: the first facet, as before
        assertThat(understanding.understand("a Kubernetes Certified Service Provider").byFacet())
                .isEqualTo(Map.of(Facet.TYPE, Set.of("Kubernetes Certified Service Provider")));
        int counted = asked.get();
        understanding.understand("another Kubernetes Training Partner");
        assertThat(asked.get()).as("the counts are kept while the directory's values stay the same").isEqualTo(counted);
        // without counts, the first facet
        assertThat(new QueryUnderstanding(Vocabulary.standard(), () -> directory).understand("Kubernetes Training Partner")
                .byFacet()).isEqualTo(Map.of(Facet.TYPE, Set.of("Kubernetes Training Partner")));
    }

    @Test
    void aNameOfThreeWordsOrMoreIsUnderstoodByItsInitialsUnlessTheyAreAnotherNamesWord() {
        Map<Facet, Set<String>> directory = Map.of(
                Facet.CERTIFICATION, Set.of("Kubernetes Training Partner", "Kubernetes Certified Service Provider"),
                Facet.TYPE, Set.of("Strategic Alliance Partner"),
                Facet.INTEGRATION, Set.of("SAP"),
                Facet.SPECIALIZATION, Set.of("Zero Trust Architecture"));
        assertThat(read(directory, "Prometheus courses as well as Kubernetes - which KTP?").byFacet())
                .isEqualTo(Map.of(Facet.CERTIFICATION, Set.of("Kubernetes Training Partner")));
        assertThat(read(directory, "a KCSP in Japan").byFacet())
                .containsEntry(Facet.CERTIFICATION, Set.of("Kubernetes Certified Service Provider"));
        // "SAP" is an integration's own name, not the initials of the alliance type
        assertThat(read(directory, "who connects us to SAP?").byFacet()).isEqualTo(Map.of(Facet.INTEGRATION, Set.of("SAP")));
        assertThat(read(directory, "a partner for ZTA").byFacet())
                .isEqualTo(Map.of(Facet.SPECIALIZATION, Set.of("Zero Trust Architecture")));
    }

    @Test
    void aCourseOrBootcampMeansTheDirectorysTrainingPartnersWhereItHasThem() {
        Map<Facet, Set<String>> directory = Map.of(Facet.CERTIFICATION,
                Set.of("Kubernetes Training Partner", "Kubernetes Certified Service Provider"));
        assertThat(read(directory, "an online course to prepare our admins for the CKA exam?").byFacet())
                .isEqualTo(Map.of(Facet.CERTIFICATION, Set.of("Kubernetes Training Partner")));
        assertThat(read(SECURITY_VENDOR, "an online course to prepare our admins for the exam?").byFacet()).isEmpty();
    }

    @Test
    void aLongValueIsUnderstoodAsPeopleShortenItButNotByOneGeneralWord() {
        Map<Facet, Set<String>> directory = Map.of(Facet.CERTIFICATION, Set.of("Kubernetes Training Partner",
                "Kubernetes Certified Service Provider", "Certified Detection Engineer"));
        Map<Facet, Set<String>> training = Map.of(Facet.CERTIFICATION, Set.of("Kubernetes Training Partner"));

        assertThat(read(directory, "Which training partner also teaches Ceph?").byFacet()).isEqualTo(training);
        assertThat(read(directory, "we need Kubernetes training for a team in Japan").byFacet()).isEqualTo(training);
        assertThat(read(directory, "a certified service provider in Japan").byFacet())
                .isEqualTo(Map.of(Facet.CERTIFICATION, Set.of("Kubernetes Certified Service Provider")));
        // one word left is too general to be a constraint: it stays text to search for
        assertThat(read(directory, "Who offers training on Ceph?").byFacet()).isEmpty();
        // a word only two values share of five is no prefix to drop
        assertThat(read(SECURITY_VENDOR, "a security provider").byFacet()).doesNotContainKey(Facet.TYPE);
    }

    /** An IT vendor's competencies, none of them in the words a seller uses for them. */
    static final Map<Facet, Set<String>> SERVICES_VENDOR = Map.of(
            Facet.SPECIALIZATION, Set.of("Managed Detection & Response", "Breach Response", "Regulatory Compliance",
                    "Systems Integration", "Cloud Migration", "Identity & Access Management"),
            Facet.INDUSTRY, Set.of("Financial Services"));

    private static Set<String> specialisations(Map<Facet, Set<String>> directory, String question) {
        return read(directory, question).byFacet().getOrDefault(Facet.SPECIALIZATION, Set.of());
    }

    @Test
    void aCapabilityInEverydayWordsIsTheDirectorysSpecialisationForIt() {
        assertThat(specialisations(SERVICES_VENDOR, "a bank wants 24/7 threat monitoring")).containsExactly("Managed Detection & Response");
        assertThat(specialisations(SERVICES_VENDOR, "an insurer was hit by a cyberattack last week")).containsExactly("Breach Response");
        assertThat(specialisations(SERVICES_VENDOR, "they must be HIPAA compliant by March")).containsExactly("Regulatory Compliance");
        // the longer name wins: a SOC 2 report is compliance, not a security operations centre
        assertThat(specialisations(SERVICES_VENDOR, "help preparing for a SOC 2 audit")).containsExactly("Regulatory Compliance");
        // "their", "our" inside a phrase change nothing
        assertThat(specialisations(SERVICES_VENDOR, "someone to connect their systems")).containsExactly("Systems Integration");
        assertThat(specialisations(SERVICES_VENDOR, "a ministry moving to the cloud")).containsExactly("Cloud Migration");
        assertThat(specialisations(SERVICES_VENDOR, "single sign-on for 4,000 staff")).containsExactly("Identity & Access Management");
        // the same words in a directory that has no such competency are no constraint
        assertThat(read(SECURITY_VENDOR, "a bank wants 24/7 threat monitoring").byFacet()).doesNotContainKey(Facet.SPECIALIZATION);
        // the vendor's own word for a value keeps its meaning: "integration" alone is the integrations asked for
        assertThat(specialisations(SERVICES_VENDOR, "a partner with Workday integration experience")).isEmpty();
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
