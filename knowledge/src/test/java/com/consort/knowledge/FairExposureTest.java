package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.knowledge.internal.partner.PartnerImporter;
import com.consort.knowledge.internal.search.QueryUnderstanding;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.knowledge.testing.TestStorage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation of equally fitting partners: within epsilon of a group's best score only, never across a hard constraint. */
class FairExposureTest {

    @TempDir
    Path dir;

    private static final Map<String, Double> SCORES = Map.of("a", 0.500, "b", 0.498, "c", 0.496, "d", 0.400, "e", 0.400);
    private static final List<String> RANKED = List.of("a", "b", "c", "d", "e");

    @Test
    void offByDefaultTheRankingIsKeptAsItIs() {
        var exposure = new FairExposure(ExposureSettings.DEFAULTS);
        assertThat(exposure.rotates()).isFalse();
        for (int i = 0; i < 3; i++) {
            assertThat(exposure.order(RANKED, SCORES)).containsExactlyElementsOf(RANKED);
        }
    }

    @Test
    void eachTimeTheSameEquallyFittingGroupIsRankedTheNextOneGoesFirst() {
        var exposure = new FairExposure(new ExposureSettings(true, 0.005));
        // groups: a, b, c (c is 0.004 below a) and d, e; never a partner past one more than epsilon apart
        assertThat(exposure.order(RANKED, SCORES)).containsExactly("a", "b", "c", "d", "e");
        assertThat(exposure.order(RANKED, SCORES)).containsExactly("b", "c", "a", "e", "d");
        assertThat(exposure.order(RANKED, SCORES)).containsExactly("c", "a", "b", "d", "e");
        assertThat(exposure.order(RANKED, SCORES)).containsExactly("a", "b", "c", "e", "d");
    }

    @Test
    void epsilonIsMeasuredFromTheGroupsBestNotChainedFromNeighbourToNeighbour() {
        var exposure = new FairExposure(new ExposureSettings(true, 0.005));
        Map<String, Double> scores = Map.of("a", 0.500, "b", 0.496, "c", 0.492);
        Set<String> firsts = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            List<String> order = exposure.order(List.of("a", "b", "c"), scores);
            firsts.add(order.get(0));
            assertThat(order.get(2)).isEqualTo("c"); // 0.008 below a: its own group, always last
        }
        assertThat(firsts).containsExactlyInAnyOrder("a", "b");
        assertThat(exposure.bestFit(0.496, 0.5)).isTrue();
        assertThat(exposure.bestFit(0.492, 0.5)).isFalse();
    }

    @Test
    void anEpsilonOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> new ExposureSettings(true, 0.5)).hasMessageContaining("consort.exposure.epsilon");
    }

    @Test
    void inThePartnerSearchEquallyFittingPartnersTakeTurnsAndOneMissingAConstraintNeverAppears() {
        try (var context = KnowledgeContext.over(TestStorage.embedded(dir.resolve("h2")))) {
            context.getBean(PartnerDirectory.class).importFile(new ByteArrayInputStream("""
                    id,name,countries,description,satisfaction
                    E0,Eagle Top GmbH,DE,Wombat audits for insurers,5
                    E1,Eagle Ana GmbH,DE,Wombat audits for insurers,
                    E2,Eagle Bob GmbH,DE,Wombat audits for insurers,
                    E3,Eagle Cyd GmbH,DE,Wombat audits for insurers,
                    F1,Eagle Dan GmbH,FR,Wombat audits for insurers,
                    """.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
            var search = new PartnerSearch(context.getBean(PartnerRepository.class), context.getBean(QueryUnderstanding.class),
                    context.getBean(ChunkSearch.class), context.getBean(Vocabulary.class), List.of(),
                    new FairExposure(new ExposureSettings(true, 0.005)));
            var inGermany = new Constraints(Map.of(Facet.COUNTRY, Set.of("DE")), List.of(), false);
            List<String> seconds = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                var results = search.search(new PartnerSearch.Query("Wombat audits", inGermany, 2, RetrievalMode.KEYWORD)).results();
                assertThat(results).hasSize(2);
                // E0's satisfaction puts it clearly ahead (more than epsilon): always first, never rotated away
                assertThat(results.get(0).partnerId()).isEqualTo("E0");
                assertThat(results.get(0).score() - results.get(1).score()).isGreaterThan(0.005);
                seconds.add(results.get(1).partnerId());
            }
            // E1 to E3 fit equally: each comes second in turn; F1 fits as well but is not in Germany, so never appears
            assertThat(seconds).containsExactly("E1", "E2", "E3", "E1", "E2", "E3");
        }
    }
}
