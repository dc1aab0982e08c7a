package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.internal.partner.PartnerImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Directories of vendors Consort was not written for import whole, with their own values: the second
 * demo vendor's CRM export (eval/datasets/corvane) and the real Kubernetes partner ecosystem
 * (eval/datasets/cncf-kubernetes, a copy of the shared real-world data).
 */
class VendorDirectoriesImportTest {

    static final Path DATASETS = Path.of("../eval/datasets");
    final PartnerImporter importer = new PartnerImporter(Vocabulary.standard());

    private PartnerImporter.Parsed parse(String dataset) throws IOException {
        try (InputStream in = Files.newInputStream(DATASETS.resolve(dataset).resolve("partners.csv"))) {
            return importer.parse(in, ImportFormat.CSV, Map.of());
        }
    }

    private static Set<String> values(PartnerImporter.Parsed parsed, Facet facet) {
        Set<String> values = new TreeSet<>();
        parsed.partners().forEach(p -> values.addAll(p.values(facet)));
        return values;
    }

    @Test
    void aCrmExportWithOtherSpellingsImportsEveryRowAndKeepsTheVendorsOwnValues() throws IOException {
        PartnerImporter.Parsed corvane = parse("corvane");
        corvane.warnings().forEach(w -> System.out.println("line " + w.line() + " " + w.id() + ": " + w.message()));

        assertThat(corvane.rejected()).isEmpty();
        assertThat(corvane.partners()).hasSize(195);
        // one value per meaning, in the vendor's own words; nothing renamed into another vendor's words
        assertThat(values(corvane, Facet.TIER)).containsExactlyInAnyOrder("Premier", "Select", "Member");
        assertThat(values(corvane, Facet.CERTIFICATION)).contains("Certified Solution Architect", "Certified Detection Engineer")
                .noneMatch(c -> c.toLowerCase().contains("orbitly")).allMatch(c -> c.startsWith("Certified "));
        assertThat(values(corvane, Facet.INDUSTRY)).contains("Energy", "Banking & Insurance").doesNotContain("Energy & Utilities");
        // countries and languages as ISO codes, whatever the CRM wrote
        assertThat(values(corvane, Facet.COUNTRY)).contains("RU", "KR", "CZ", "VN", "TR", "BR", "NL", "SA", "AE", "HK", "CN", "JP", "US", "GB")
                .allMatch(c -> c.length() == 2);
        assertThat(values(corvane, Facet.LANGUAGE)).contains("zh", "yue", "fa", "pt", "nl", "ms", "id", "de", "fr", "mi")
                .doesNotContain("Mandarin", "Flemish", "Farsi", "Cantonese");
        // a misspelling is kept as given and reported with the nearest known value
        assertThat(corvane.warnings()).extracting(ImportReport.Warning::message)
                .contains("languages 'Mandrin': kept as given; did you mean Mandarin (zh)?");
        assertThat(new PartnerImporter(Vocabulary.standard()).parse(
                new java.io.ByteArrayInputStream("id,name,tier\nX1,Tiered,Diamond\nX2,Other,gold\n".getBytes()),
                ImportFormat.CSV).partners()).extracting(Partner::tier).containsExactly("Diamond", "gold");
    }

    @Test
    void theRealKubernetesEcosystemImportsEveryRowAndItsProgrammesAreCertifications() throws IOException {
        PartnerImporter.Parsed cncf = parse("cncf-kubernetes");

        assertThat(cncf.rejected()).isEmpty();
        assertThat(cncf.partners()).hasSize(178);
        assertThat(values(cncf, Facet.CERTIFICATION)).containsExactlyInAnyOrder("Kubernetes Certified Service Provider",
                "Kubernetes Training Partner");
        assertThat(cncf.partners()).allMatch(p -> p.extra().containsKey("landscape_items"));
    }

    @Test
    void tierOrderIsTheVendorsOrElseTheCommonLadderNeverAssumed() {
        Vocabulary vocabulary = Vocabulary.standard();
        assertThat(vocabulary.tierOrder(List.of("Member", "Select", "Premier"))).containsExactly("Premier", "Select", "Member");
        assertThat(vocabulary.tierOrder(List.of("Registered", "Gold", "Platinum", "Silver")))
                .containsExactly("Platinum", "Gold", "Silver", "Registered");
        vocabulary.useVendor(new Taxonomy(Map.of(), List.of("Member", "Select", "Premier")));
        assertThat(vocabulary.tierOrder(List.of("Premier", "Select", "Member", "Trial"))).containsExactly("Member", "Select", "Premier", "Trial");
    }
}
