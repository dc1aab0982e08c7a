package com.consort.knowledge.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.Constraints;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Vocabulary;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A directory's values read as people write them: plural, misspelt, excluded, spelt several ways in the directory,
 * "US" in capitals. (The semantic fallback: {@link SemanticReadingTest}.)
 */
class ReadingTest {

    static final Map<Facet, Set<String>> DIRECTORY = Map.of(
            Facet.TIER, Set.of("Premier", "Select", "Member"),
            Facet.TYPE, Set.of("Managed Security Provider", "MSSP", "Managed Security Service Provider", "Platform Alliance",
                    "Platform Alliance Partner", "Advisory & Integration Partner", "A&I Partner", "Regional Aggregator", "Aggregator",
                    "Response Retainer Partner"),
            Facet.SPECIALIZATION, Set.of("Penetration Testing", "SOC Operations", "Incident Response"),
            Facet.CERTIFICATION, Set.of("Certified Solution Architect", "Certified Cloud Defender"),
            Facet.INDUSTRY, Set.of("Banking & Insurance", "Retail & Consumer"),
            Facet.LANGUAGE, Set.of("zh", "en", "Mandrin"),
            Facet.COUNTRY, Set.of("US", "IN", "CN"));

    private static Constraints read(String question) {
        return new QueryUnderstanding(Vocabulary.standard(), () -> DIRECTORY).understand(question);
    }

    @Test
    void pluralAndMisspeltPhrasesAreReadAndSaySo() {
        Constraints architects = read("Partners with Certified Solution Architects on staff?");
        assertThat(architects.byFacet()).containsEntry(Facet.CERTIFICATION, Set.of("Certified Solution Architect"));
        Constraints pentest = read("ethical hackers in India - penetation testing");
        assertThat(pentest.byFacet()).containsEntry(Facet.SPECIALIZATION, Set.of("Penetration Testing"));
        assertThat(pentest.mentions()).contains(new Constraints.Mention(Facet.SPECIALIZATION, "Penetration Testing",
                "penetation testing", Constraints.SPELLING));
        // another form of a word, or a word of another value, is not a slip: "retainer" is no "retailer"
        assertThat(read("which publishes a retainer?").byFacet()).isEmpty();
    }

    @Test
    void capitalUsIsTheCountryAndLowerCaseUsIsNot() {
        assertThat(read("grocery chain in the US").byFacet()).containsEntry(Facet.COUNTRY, Set.of("US"));
        assertThat(read("US partners with SOC operations").byFacet()).containsEntry(Facet.COUNTRY, Set.of("US"));
        assertThat(read("who can help us with SOC operations?").byFacet()).doesNotContainKey(Facet.COUNTRY);
        // where a customer is, said by its state
        assertThat(read("a grocery chain in Ohio").byFacet()).containsEntry(Facet.COUNTRY, Set.of("US"));
    }

    @Test
    void anExcludedValueLeavesTheOthers() {
        Constraints dropMember = read("drop the Member ones");
        assertThat(dropMember.byFacet()).containsEntry(Facet.TIER, Set.of("Premier", "Select"));
        assertThat(dropMember.excluded()).containsEntry(Facet.TIER, Set.of("Member"));
        // in a follow-up it narrows what was in force
        Constraints before = new Constraints(Map.of(Facet.TIER, Set.of("Select", "Member")), java.util.List.of(), false);
        assertThat(before.overriddenBy(dropMember).byFacet()).containsEntry(Facet.TIER, Set.of("Select"));
    }

    @Test
    void aCorrectionReplacesTheMisreadValueWithTheSellersWord() {
        // the directory files insurers under "Banking & Insurance"; the seller says that is not what they meant
        Constraints corrected = read("not banking, insurance only");
        assertThat(corrected.byFacet().get(Facet.INDUSTRY)).containsExactly("Insurance");
        Constraints misread = read("an insurer in the US");
        assertThat(misread.byFacet()).containsEntry(Facet.INDUSTRY, Set.of("Banking & Insurance"));
        assertThat(misread.overriddenBy(corrected).byFacet()).containsEntry(Facet.INDUSTRY, Set.of("Insurance"))
                .containsEntry(Facet.COUNTRY, Set.of("US"));
    }

    @Test
    void aValueIsMetByEveryDirectorySpellingOfIt() {
        assertThat(read("Who are our MSSPs?").byFacet().get(Facet.TYPE))
                .containsExactlyInAnyOrder("MSSP", "Managed Security Service Provider", "Managed Security Provider");
        assertThat(read("a Platform Alliance Partner").byFacet().get(Facet.TYPE))
                .containsExactlyInAnyOrder("Platform Alliance", "Platform Alliance Partner");
        assertThat(read("advisory and integration partner").byFacet().get(Facet.TYPE))
                .containsExactlyInAnyOrder("Advisory & Integration Partner", "A&I Partner");
        assertThat(read("distributors in India").byFacet().get(Facet.TYPE)).containsExactlyInAnyOrder("Aggregator", "Regional Aggregator");
        // a language the import kept as written ("Mandrin") is met by a question about the language it is nearest to
        assertThat(read("Mandarin-speaking partners").byFacet().get(Facet.LANGUAGE)).containsExactlyInAnyOrder("zh", "Mandrin");
    }
}
