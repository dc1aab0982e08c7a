package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.internal.search.QueryUnderstanding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The admin's edits of a vendor taxonomy, and the docs' example (docs/retrieval.md) read as it says. */
class TaxonomyEditsTest {

    private static final String DOCS_EXAMPLE = """
            tierOrder: [Premier, Select, Member]
            industries:
              Financial Services: [life insurance company, credit union]
            certifications:
              Certified Solution Architect: [CSA, solution architect]
            """;

    @Test
    void theDocsExampleIsReadAsTheDocsSay() {
        Vocabulary vocabulary = Vocabulary.standard();
        vocabulary.useVendor(Taxonomy.fromYaml(DOCS_EXAMPLE));
        Map<Facet, Set<String>> directory = Map.of(Facet.INDUSTRY, Set.of("Financial Services", "Energy"),
                Facet.CERTIFICATION, Set.of("Certified Solution Architect"), Facet.TIER, Set.of("Member", "Premier", "Select"));
        QueryUnderstanding understanding = new QueryUnderstanding(vocabulary, () -> directory);
        assertThat(understanding.understand("a CSA for a credit union").byFacet())
                .containsEntry(Facet.CERTIFICATION, Set.of("Certified Solution Architect"))
                .containsEntry(Facet.INDUSTRY, Set.of("Financial Services"));
        assertThat(understanding.understand("Select or better").byFacet()).containsEntry(Facet.TIER, Set.of("Premier", "Select"));
    }

    @Test
    void aMergeMovesTheRetiredSpellingAndItsNamesToTheKeptValue() {
        Taxonomy taxonomy = Taxonomy.fromYaml("""
                tierOrder: [Gold Plus, Gold, Silver]
                tiers:
                  Gold Plus: [gold+]
                industries:
                  Agrifood: [farming]
                  Agri-Food: [food producers]
                """);
        Taxonomy merged = taxonomy.merged(Facet.INDUSTRY, "Agrifood", "Agri-Food");
        assertThat(merged.values().get(Facet.INDUSTRY)).containsOnlyKeys("Agri-Food")
                .containsEntry("Agri-Food", List.of("food producers", "Agrifood", "farming"));
        Taxonomy tiers = taxonomy.merged(Facet.TIER, "Gold Plus", "Gold");
        assertThat(tiers.tierOrder()).containsExactly("Gold", "Silver");
        assertThat(tiers.values().get(Facet.TIER)).containsEntry("Gold", List.of("Gold Plus", "gold+"));
        // the YAML form keeps all of it
        assertThat(Taxonomy.fromYaml(merged.toYaml())).isEqualTo(merged);
    }

    @Test
    void aNameIsRemovedWhateverItsCaseAndFoundByItsValue() {
        Taxonomy taxonomy = Taxonomy.EMPTY.withName(Facet.TYPE, "Managed Security Provider", "MSSP");
        assertThat(taxonomy.valueNamed(Facet.TYPE, "mssp")).contains("Managed Security Provider");
        Taxonomy without = taxonomy.withoutName(Facet.TYPE, "Managed Security Provider", "mssp");
        assertThat(without.values().get(Facet.TYPE).get("Managed Security Provider")).isEmpty();
        assertThat(without.valueNamed(Facet.TYPE, "MSSP")).isEmpty();
    }
}
