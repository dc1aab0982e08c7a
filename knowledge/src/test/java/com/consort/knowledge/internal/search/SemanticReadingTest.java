package com.consort.knowledge.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.Constraints;
import com.consort.knowledge.Embedder;
import com.consort.knowledge.Facet;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.internal.embedding.OnnxEmbedder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The semantic fallback with the in-process model: words no list knows, read by meaning or left as free text. */
class SemanticReadingTest {

    static final OnnxEmbedder MODEL = new OnnxEmbedder(1);
    static final Map<Facet, Set<String>> DIRECTORY = Map.of(
            Facet.TYPE, Set.of("Managed Security Provider", "Response Retainer Partner", "Platform Alliance Partner"),
            Facet.SPECIALIZATION, Set.of("SOC Operations", "Incident Response", "Compliance Readiness", "Penetration Testing"),
            Facet.CERTIFICATION, Set.of("Certified Cloud Defender", "Certified Solution Architect", "Certified Detection Engineer"),
            Facet.INDUSTRY, Set.of("Banking & Insurance", "Energy", "Transport & Logistics"),
            Facet.COUNTRY, Set.of("FR", "IS"));

    /** Counts the texts embedded, to show the values are embedded once per taxonomy. */
    static final class Counting implements Embedder {
        final AtomicInteger texts = new AtomicInteger();

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            texts.addAndGet(passages.size());
            return MODEL.embedPassages(passages);
        }

        @Override
        public float[] embedQuery(String query) {
            texts.incrementAndGet();
            return MODEL.embedQuery(query);
        }

        @Override
        public String modelName() {
            return MODEL.modelName();
        }
    }

    final Counting embedder = new Counting();
    final QueryUnderstanding understanding = new QueryUnderstanding(Vocabulary.standard(), () -> DIRECTORY, null,
            new SemanticReading(embedder, SemanticReading.DEFAULT_THRESHOLD));

    @AfterAll
    static void close() {
        MODEL.close();
    }

    @Test
    void aPhraseNoListKnowsIsReadByMeaningAndSaysSo() {
        Constraints read = understanding.understand("French partner whose people hold the Cloud Defender certification");
        assertThat(read.byFacet()).containsEntry(Facet.CERTIFICATION, Set.of("Certified Cloud Defender"))
                .containsEntry(Facet.COUNTRY, Set.of("FR"));
        // "Cloud Defender" is the value without the word all certifications share: read by its words
        assertThat(read.mentions()).contains(new Constraints.Mention(Facet.CERTIFICATION, "Certified Cloud Defender",
                "cloud defender", Constraints.WORDS));
        // no list says "threat hunting": the model reads it as the directory's security operations
        Constraints hunting = understanding.understand("Is there a partner in Iceland that can do threat hunting?");
        assertThat(hunting.byFacet()).containsEntry(Facet.SPECIALIZATION, Set.of("SOC Operations")).containsEntry(Facet.COUNTRY, Set.of("IS"));
        assertThat(hunting.mentions()).contains(new Constraints.Mention(Facet.SPECIALIZATION, "SOC Operations", "threat hunting",
                Constraints.SIMILAR));
    }

    @Test
    void theSellersWordsForAValueReadByMeaningAreWhatADescriptionMaySay() {
        Constraints hunting = understanding.understand("Is there a partner in Iceland that can do threat hunting?");
        // a partner that leaves its specialisations empty meets the constraint where its own words say "threat hunting"
        assertThat(hunting.described()).containsEntry(Facet.SPECIALIZATION, Set.of("threat hunting"));
    }

    @Test
    void belowTheThresholdTheWordsStayFreeText() {
        // a capability only partners' descriptions state: no value means it, so no constraint
        assertThat(understanding.understand("Who can review SAP authorisations?").byFacet()).isEmpty();
        assertThat(understanding.understand("forensics firm that uses Velociraptor?").byFacet()).isEmpty();
    }

    @Test
    void theValuesAreEmbeddedOncePerTaxonomyNotPerQuestion() {
        understanding.understand("SOC providers in France");
        int afterFirst = embedder.texts.get();
        understanding.understand("compliance help in France");
        understanding.understand("soc in France");
        // each later question embeds its own left-over phrases only
        assertThat(embedder.texts.get() - afterFirst).isLessThanOrEqualTo(4);
        // a question every word of which was read embeds nothing
        int before = embedder.texts.get();
        understanding.understand("SOC Operations in France");
        assertThat(embedder.texts.get()).isEqualTo(before);
    }
}
