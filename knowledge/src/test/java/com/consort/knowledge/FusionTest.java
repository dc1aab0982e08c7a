package com.consort.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two ways a hybrid search fuses its dense and keyword legs. */
class FusionTest {

    private static Map<String, Double> leg(Object... idsAndScores) {
        Map<String, Double> leg = new LinkedHashMap<>();
        for (int i = 0; i < idsAndScores.length; i += 2) {
            leg.put((String) idsAndScores[i], ((Number) idsAndScores[i + 1]).doubleValue());
        }
        return leg;
    }

    @Test
    void eachLegIsDividedByItsOwnBestThenWeighted() {
        var fuser = new ChunkSearch.RelativeScoreFuser(0.3, 0.7);
        // cosine in a narrow band, BM25 unbounded: both become shares of their leg's best before weighting
        var fused = fuser.fuse(leg("a", 0.82, "b", 0.80, "c", 0.78), leg("c", 14.0, "a", 4.0, "b", 2.0));

        assertThat(fused.get("a")).isCloseTo(0.3 * 1.0 + 0.7 * (4.0 / 14), within(1e-9));
        assertThat(fused.get("b")).isCloseTo(0.3 * (0.80 / 0.82) + 0.7 * (2.0 / 14), within(1e-9));
        assertThat(fused.get("c")).isCloseTo(0.3 * (0.78 / 0.82) + 0.7 * 1.0, within(1e-9));
        // the keyword leg's margin counts, not only its order: c's rare-word score wins over a's dense lead
        assertThat(fused.get("c")).isGreaterThan(fused.get("a"));
    }

    @Test
    void aFlatLegStaysFlatSoThatSmallBoostsStillDecide() {
        var fuser = new ChunkSearch.RelativeScoreFuser(0.5, 0.5);
        // partners the question cannot tell apart: stretching 0.80 vs 0.79 to 1 vs 0 would outweigh any boost
        var fused = fuser.fuse(leg("a", 0.80, "b", 0.79), Map.of());

        assertThat(fused.get("a") - fused.get("b")).isCloseTo(0.5 * (1 - 0.79 / 0.80), within(1e-9)).isLessThan(0.01);
    }

    @Test
    void aChunkMissingFromALegScoresNothingThereAndAnEmptyLegAddsNothing() {
        var fuser = new ChunkSearch.RelativeScoreFuser(0.5, 0.5);
        var fused = fuser.fuse(leg("a", 0.9, "b", 0.45), leg("k", 3.0, "a", 1.0));

        assertThat(fused).containsOnlyKeys("a", "b", "k");
        assertThat(fused.get("k")).isCloseTo(0.5, within(1e-9)); // keyword only: its best
        assertThat(fused.get("b")).isCloseTo(0.25, within(1e-9)); // dense only: half the best's similarity
        assertThat(fused.get("a")).isCloseTo(0.5 + 0.5 / 3, within(1e-9)); // best dense, a third of the best keyword

        assertThat(fuser.fuse(leg("a", 0.9, "b", 0.45), Map.of())).containsEntry("a", 0.5).containsEntry("b", 0.25);
        assertThat(fuser.fuse(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void aNegativeSimilarityCountsAsNone() {
        var fused = new ChunkSearch.RelativeScoreFuser(0.5, 0.5).fuse(leg("a", 0.5, "b", -0.2), Map.of());

        assertThat(fused.get("b")).isZero();
    }

    @Test
    void aLegWhoseScoresAreAllEqualGivesEachItsFullWeight() {
        var fuser = new ChunkSearch.RelativeScoreFuser(0.3, 0.7);
        var fused = fuser.fuse(leg("a", 0.7, "b", 0.7), leg("b", 5.0));

        assertThat(fused.get("a")).isCloseTo(0.3, within(1e-9));
        assertThat(fused.get("b")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void rankFusionCountsOnlyTheOrderOfEachLeg() {
        var fuser = new ChunkSearch.ReciprocalRankFuser(60, 1, 1);
        var fused = fuser.fuse(leg("a", 0.82, "b", 0.80, "c", 0.78), leg("c", 14.0, "a", 4.0, "b", 2.0));

        assertThat(fused.get("a")).isCloseTo(1.0 / 61 + 1.0 / 62, within(1e-12));
        assertThat(fused.get("c")).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
        assertThat(fused.get("a")).isGreaterThan(fused.get("c")); // a keyword lead of 14 to 4 is worth one rank
    }
}
